package org.thinkfamily.hub.projection;

import java.util.TreeSet;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.context.annotation.Configuration;

/**
 * application.yml names processors by string; each name there must be one of {@link ProcessingGroups}, and each
 * subscribing index reads its own source.
 */
@Configuration
class ProcessingGroupsCheck {

    ProcessingGroupsCheck(EventProcessorProperties properties) {
        var unknown = new TreeSet<>(properties.getProcessors().keySet());
        ProcessingGroups.ALL.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("axon.eventhandling.processors names processors the hub does not have: "
                    + unknown + "; the processing groups are " + ProcessingGroups.ALL);
        }
        ProcessingGroups.SUBSCRIBING.forEach(group -> {
            var settings = properties.getProcessors().get(group);
            String source = SubscribingSources.sourceOf(group);
            if (settings == null || !source.equals(settings.getSource())) {
                throw new IllegalStateException("axon.eventhandling.processors." + group + ".source must be " + source);
            }
        });
    }
}
