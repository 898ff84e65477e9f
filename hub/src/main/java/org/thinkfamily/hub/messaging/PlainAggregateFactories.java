package org.thinkfamily.hub.messaging;

import java.lang.reflect.Constructor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;

/**
 * Each aggregate is loaded by a call of its own no-argument constructor, not as a new Spring prototype bean: Axon's
 * default factory for an {@code @Aggregate} asks the application context for one on every load (a person linked, a
 * member added to a family), a sixth of what such a command cost in a profile of the ingest. Axon uses a factory
 * named {@code <aggregate>AggregateFactory} when there is one; this registers it for every aggregate, before Axon
 * looks. Nothing is injected into an aggregate (ArchitectureTest holds them to that).
 */
@Component
class PlainAggregateFactories implements BeanDefinitionRegistryPostProcessor {

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        ClassLoader loader = ClassUtils.getDefaultClassLoader();
        for (String name : registry.getBeanDefinitionNames()) {
            BeanDefinition definition = registry.getBeanDefinition(name);
            String className = definition.getBeanClassName();
            if (className == null || !ClassUtils.isPresent(className, loader)) {
                continue;
            }
            Class<?> type = ClassUtils.resolveClassName(className, loader);
            String factory = StringUtils.uncapitalize(type.getSimpleName()) + "AggregateFactory";
            if (AnnotatedElementUtils.hasAnnotation(type, Aggregate.class)
                    && !registry.containsBeanDefinition(factory)) {
                registry.registerBeanDefinition(
                        factory,
                        BeanDefinitionBuilder.genericBeanDefinition(ByConstructor.class)
                                .addConstructorArgValue(type)
                                .getBeanDefinition());
            }
        }
    }

    /**
     * An aggregate from its snapshot, or new from its constructor. Axon's own plain factory inspects the aggregate's
     * handlers without Spring's parameter resolvers, and so refuses a handler that takes a bean (a clock).
     */
    static final class ByConstructor<T> implements AggregateFactory<T> {
        private final Class<T> type;
        private final Constructor<T> constructor;

        ByConstructor(Class<T> type) throws NoSuchMethodException {
            this.type = type;
            this.constructor = type.getDeclaredConstructor();
            ReflectionUtils.makeAccessible(constructor);
        }

        @Override
        public T createAggregateRoot(String aggregateIdentifier, DomainEventMessage<?> firstEvent) {
            if (type.isAssignableFrom(firstEvent.getPayloadType())) {
                return type.cast(firstEvent.getPayload()); // a snapshot
            }
            try {
                return constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(
                        "an aggregate of type " + type.getSimpleName() + " could not be made", e);
            }
        }

        @Override
        public Class<T> getAggregateType() {
            return type;
        }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // all of it is done on the registry
    }
}
