package org.thinkfamily.hub.family;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A family's event stream grows with its members joining and leaving and with managers' decisions about it
 * (histories from before records carried the memberships they support grew with every record naming the household
 * too), so over years loading the family to handle the next command would read ever more events. From
 * {@value #EVENTS_BETWEEN_SNAPSHOTS} events on it is loaded from a snapshot and the events after it. A
 * snapshot holds ids, roles, the tier and user names: no personal data. It is taken on a thread of its own, in a
 * transaction of its own, from what is committed: never inside an ingest's transaction, which a failed snapshot
 * would spoil; one not taken (the queue full, a failure) only means the next load reads a few more events.
 */
@Configuration
class FamilySnapshots {

    static final int EVENTS_BETWEEN_SNAPSHOTS = 50;

    @Bean
    SnapshotTriggerDefinition familySnapshotTrigger(Snapshotter snapshotter) {
        ThreadPoolExecutor apart = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(1_000),
                runnable -> {
                    Thread thread = new Thread(runnable, "family-snapshots");
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.DiscardPolicy());
        Snapshotter onItsOwnThread = (type, id) -> apart.execute(() -> snapshotter.scheduleSnapshot(type, id));
        return new EventCountSnapshotTriggerDefinition(onItsOwnThread, EVENTS_BETWEEN_SNAPSHOTS);
    }

    /** A snapshot of another shape of the family (an older revision) is ignored: the events are read instead. */
    @Bean
    SnapshotFilter familySnapshotFilter() {
        return RevisionSnapshotFilter.builder()
                .type(Family.class)
                .revision(Family.SNAPSHOT_REVISION)
                .build();
    }
}
