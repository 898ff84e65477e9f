package org.thinkfamily.hub.projection;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.common.Registration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.messaging.SubscribableMessageSource;

/**
 * The event bus as one subscribing index sees it: only the events it has a handler for. Axon hands every event to
 * every subscribing processor, each in a unit of work of its own with its interceptors, whether it handles it or
 * not; with five indexes that was most of what an event cost them. The handled types are asked of the processor's
 * own handlers, once per type.
 */
final class HandledEventsOnly implements SubscribableMessageSource<EventMessage<?>> {

    private final Supplier<EventBus> events;
    private final String processingGroup;
    private final Supplier<EventProcessingConfiguration> processing;
    private final Map<Class<?>, Boolean> handled = new ConcurrentHashMap<>();

    HandledEventsOnly(
            Supplier<EventBus> events, String processingGroup, Supplier<EventProcessingConfiguration> processing) {
        this.events = events;
        this.processingGroup = processingGroup;
        this.processing = processing;
    }

    @Override
    public Registration subscribe(Consumer<List<? extends EventMessage<?>>> processor) {
        return events.get().subscribe(published -> {
            List<? extends EventMessage<?>> mine =
                    published.stream().filter(this::handles).toList();
            if (!mine.isEmpty()) {
                processor.accept(mine);
            }
        });
    }

    private boolean handles(EventMessage<?> event) {
        return handled.computeIfAbsent(
                event.getPayloadType(), type -> handlers().canHandleType(type));
    }

    private EventHandlerInvoker handlers() {
        return processing
                .get()
                .eventProcessor(processingGroup, SubscribingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no subscribing processor " + processingGroup))
                .eventHandlerInvoker();
    }
}
