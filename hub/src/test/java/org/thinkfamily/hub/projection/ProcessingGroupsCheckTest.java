package org.thinkfamily.hub.projection;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.axonframework.springboot.EventProcessorProperties;
import org.junit.jupiter.api.Test;

class ProcessingGroupsCheckTest {

    @Test
    void the_configured_processors_are_the_hubs_processing_groups() {
        EventProcessorProperties properties = new EventProcessorProperties();
        ProcessingGroups.ALL.forEach(
                group -> properties.getProcessors().put(group, new EventProcessorProperties.ProcessorSettings()));
        ProcessingGroups.SUBSCRIBING.forEach(
                group -> properties.getProcessors().get(group).setSource(SubscribingSources.sourceOf(group)));
        assertThatCode(() -> new ProcessingGroupsCheck(properties)).doesNotThrowAnyException();
    }

    @Test
    void a_subscribing_index_without_its_own_source_fails_the_start() {
        EventProcessorProperties properties = new EventProcessorProperties();
        ProcessingGroups.ALL.forEach(
                group -> properties.getProcessors().put(group, new EventProcessorProperties.ProcessorSettings()));
        assertThatThrownBy(() -> new ProcessingGroupsCheck(properties))
                .hasMessageContaining(".source must be ")
                .hasMessageContaining(".events");
    }

    @Test
    void a_misspelt_processor_in_the_configuration_fails_the_start() {
        EventProcessorProperties properties = new EventProcessorProperties();
        properties.getProcessors().put("time-line", new EventProcessorProperties.ProcessorSettings());
        assertThatThrownBy(() -> new ProcessingGroupsCheck(properties)).hasMessageContaining("time-line");
    }
}
