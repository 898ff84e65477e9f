package org.thinkfamily.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongConsumer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thinkfamily.hub.projection.ProcessingGroups;

/** The hub's streaming projections, and how to rebuild one from the event store by resetting its tokens. */
final class Projections {

    /** What rebuild accepts: the streaming projections (here) and the indexes written with the commands ({@link IndexRebuild}). */
    static final List<String> REBUILDABLE = ProcessingGroups.REBUILDABLE;

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;

    Projections(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    record Rebuilt(String projection, long eventsReplayed, long headIndex, double seconds) {}

    long headIndex() {
        return jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
    }

    long eventsUpTo(long index) {
        return jdbc.queryForObject(
                "select count(*) from domain_event_entry where global_index <= ?", Long.class, index);
    }

    /**
     * Empties the projection and replays every event into it, reporting progress as the lowest
     * global index all segments have passed.
     *
     * @throws IllegalStateException when a running hub holds the projection
     */
    Rebuilt rebuild(String name, Duration claimWait, LongConsumer progress) throws InterruptedException {
        PooledStreamingEventProcessor processor = processing
                .eventProcessor(name, PooledStreamingEventProcessor.class)
                .orElseThrow(() ->
                        new IllegalArgumentException("unknown projection " + name + "; rebuildable: " + REBUILDABLE));
        Instant started = Instant.now();
        long head = headIndex();
        processor.shutDown();
        reset(processor, name, claimWait);
        processor.start();
        while (true) {
            var status = processor.processingStatus();
            if (status.values().stream().anyMatch(EventTrackerStatus::isErrorState)) {
                throw new IllegalStateException("projection " + name + " failed while replaying; see the log");
            }
            long position = status.isEmpty()
                    ? 0
                    : status.values().stream()
                            .mapToLong(s -> s.getCurrentPosition().orElse(0))
                            .min()
                            .orElse(0);
            progress.accept(Math.min(position, head));
            // a segment stays "replaying" until an event newer than the reset arrives: the position is what counts
            if (!status.isEmpty() && position >= head) {
                break;
            }
            Thread.sleep(100);
        }
        processor.shutDown();
        return new Rebuilt(
                name,
                eventsUpTo(head),
                head,
                Duration.between(started, Instant.now()).toMillis() / 1000.0);
    }

    /** A segment claimed by a live hub cannot be reset; a claim of a hub that died expires after the claim timeout. */
    private static void reset(PooledStreamingEventProcessor processor, String name, Duration claimWait)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(claimWait);
        while (true) {
            try {
                processor.resetTokens();
                return;
            } catch (UnableToClaimTokenException claimed) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(
                            "projection " + name + " is held by a running hub: stop every hub node first");
                }
                Thread.sleep(500);
            }
        }
    }
}
