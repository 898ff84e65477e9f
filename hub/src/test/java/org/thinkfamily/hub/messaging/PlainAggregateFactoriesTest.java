package org.thinkfamily.hub.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

class PlainAggregateFactoriesTest {

    @Aggregate
    static class Household {
        Household() {}
    }

    @Aggregate
    static class Referral {
        Referral() {}
    }

    static class Timetable {}

    @Test
    void every_aggregate_gets_a_factory_by_axons_name_for_it_and_nothing_else_does() {
        DefaultListableBeanFactory registry = new DefaultListableBeanFactory();
        registry.registerBeanDefinition(
                "household",
                BeanDefinitionBuilder.genericBeanDefinition(Household.class)
                        .setScope("prototype")
                        .getBeanDefinition());
        registry.registerBeanDefinition(
                "timetable",
                BeanDefinitionBuilder.genericBeanDefinition(Timetable.class).getBeanDefinition());
        registry.registerBeanDefinition(
                "referral",
                BeanDefinitionBuilder.genericBeanDefinition(Referral.class).getBeanDefinition());
        // one already named for an aggregate is left as it is
        registry.registerBeanDefinition(
                "referralAggregateFactory",
                BeanDefinitionBuilder.genericBeanDefinition(String.class).getBeanDefinition());

        new PlainAggregateFactories().postProcessBeanDefinitionRegistry(registry);

        assertThat(registry.getBean("householdAggregateFactory"))
                .isInstanceOfSatisfying(PlainAggregateFactories.ByConstructor.class, factory -> {
                    assertThat(factory.getAggregateType()).isEqualTo(Household.class);
                    assertThat(factory.createAggregateRoot(
                                    "h-1", new GenericDomainEventMessage<>("Household", "h-1", 0, "started")))
                            .isInstanceOf(Household.class);
                    Household snapshot = new Household();
                    assertThat(factory.createAggregateRoot(
                                    "h-1", new GenericDomainEventMessage<>("Household", "h-1", 7, snapshot)))
                            .isSameAs(snapshot);
                });
        assertThat(registry.containsBeanDefinition("timetableAggregateFactory")).isFalse();
        assertThat(registry.getBeanDefinition("referralAggregateFactory").getBeanClassName())
                .isEqualTo(String.class.getName());
    }
}
