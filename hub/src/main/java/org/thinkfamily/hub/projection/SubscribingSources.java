package org.thinkfamily.hub.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventBus;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One {@link HandledEventsOnly} source per subscribing index, named {@code <group>.events}, which application.yml
 * gives each of them as its {@code source} (checked at start by {@link ProcessingGroupsCheck}).
 */
@Configuration
class SubscribingSources {

    static String sourceOf(String processingGroup) {
        return processingGroup + ".events";
    }

    @Bean
    static BeanDefinitionRegistryPostProcessor subscribingIndexSources(BeanFactory beans) {
        return (BeanDefinitionRegistry registry) -> ProcessingGroups.SUBSCRIBING.forEach(group -> {
            RootBeanDefinition source = new RootBeanDefinition(
                    HandledEventsOnly.class,
                    () -> new HandledEventsOnly(
                            () -> beans.getBean(EventBus.class),
                            group,
                            () -> beans.getBean(EventProcessingConfiguration.class)));
            registry.registerBeanDefinition(sourceOf(group), source);
        });
    }
}
