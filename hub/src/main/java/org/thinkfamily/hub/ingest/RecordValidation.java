package org.thinkfamily.hub.ingest;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the hub validates (canonical events and their parts) are records, never JPA entities, so every property is
 * checked. Hibernate Validator's default, with JPA present, asks the persistence provider of each nested property
 * whether it is loaded: about half of what checking an event cost in a profile of the ingest.
 */
@Configuration(proxyBeanMethods = false)
class RecordValidation {

    @Bean
    ValidationConfigurationCustomizer everyPropertyChecked() {
        // and no cache of its answers, which are always yes: the cache cost a map look-up per property
        return configuration -> configuration
                .traversableResolver(new EveryProperty())
                .addProperty(HibernateValidatorConfiguration.ENABLE_TRAVERSABLE_RESOLVER_RESULT_CACHE, "false");
    }

    private static final class EveryProperty implements TraversableResolver {
        @Override
        public boolean isReachable(
                Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty, ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(
                Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty, ElementType elementType) {
            return true;
        }
    }
}
