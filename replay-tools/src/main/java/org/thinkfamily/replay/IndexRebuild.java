package org.thinkfamily.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thinkfamily.hub.projection.ProcessingGroups;

/**
 * Rebuilds an index the hub writes in the commands' own transaction (a subscribing processor, see
 * {@link ProcessingGroups#REPLAYED_INDEXES}). Such a processor has no token to reset, so Axon never resets
 * it: this empties it through its own {@code @ResetHandler} and replays the whole event store through its
 * handlers, in global order, a batch per transaction. No hub may write meanwhile.
 */
final class IndexRebuild {

    private static final int BATCH = 500;

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TransactionTemplate transaction;
    private final Projections projections;
    private final JdbcTemplate jdbc;
    private final String nodeId;

    IndexRebuild(
            EventProcessingConfiguration processing,
            EventStore eventStore,
            PlatformTransactionManager transactionManager,
            JdbcTemplate jdbc,
            String nodeId) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.transaction = new TransactionTemplate(transactionManager);
        this.projections = new Projections(processing, jdbc);
        this.jdbc = jdbc;
        this.nodeId = nodeId;
    }

    /** @throws IllegalStateException when a running hub holds claims in the token store (it would write the index meanwhile) */
    Projections.Rebuilt rebuild(String name, Duration claimWait, LongConsumer progress) throws InterruptedException {
        SubscribingEventProcessor processor = processing
                .eventProcessor(name, SubscribingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown projection " + name + "; rebuildable: " + ProcessingGroups.REBUILDABLE));
        awaitNoRunningHub(name, claimWait);
        Instant started = Instant.now();
        long head = projections.headIndex();
        EventHandlerInvoker handlers = processor.eventHandlerInvoker();
        transaction.executeWithoutResult(status -> handlers.performReset());
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            List<TrackedEventMessage<?>> batch = new ArrayList<>();
            long position = 0;
            while (position < head && stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                position = event.trackingToken().position().orElse(position);
                batch.add(event);
                if (batch.size() == BATCH) {
                    apply(handlers, batch);
                    progress.accept(Math.min(position, head));
                }
            }
            apply(handlers, batch);
        }
        progress.accept(head);
        return new Projections.Rebuilt(
                name,
                projections.eventsUpTo(head),
                head,
                Duration.between(started, Instant.now()).toMillis() / 1000.0);
    }

    private void apply(EventHandlerInvoker handlers, List<TrackedEventMessage<?>> batch) {
        transaction.executeWithoutResult(status -> batch.forEach(event -> {
            try {
                if (handlers.canHandle(event, Segment.ROOT_SEGMENT)) {
                    handlers.handle(event, Segment.ROOT_SEGMENT);
                }
            } catch (Exception e) {
                throw new IllegalStateException("event " + event.getIdentifier() + " could not be replayed", e);
            }
        }));
        batch.clear();
    }

    /**
     * A running hub keeps its claims on the streaming projections fresh; a hub that died lets them age
     * past the claim timeout. Claims of this tool's own context are not a hub's.
     */
    private void awaitNoRunningHub(String name, Duration claimWait) throws InterruptedException {
        Instant deadline = Instant.now().plus(claimWait);
        while (heldByAHub(claimWait)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        "projection " + name + " is written by a running hub: stop every hub node first");
            }
            Thread.sleep(500);
        }
    }

    private boolean heldByAHub(Duration claimWait) {
        Instant fresh = Instant.now().minus(claimWait);
        return jdbc.queryForList("select owner, timestamp from token_entry where owner is not null").stream()
                .anyMatch(claim -> !nodeId.equals(claim.get("owner"))
                        && Instant.parse((String) claim.get("timestamp")).isAfter(fresh));
    }
}
