package org.thinkfamily.hub.eventstore;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.thinkfamily.hub.transaction.TransactionScope;

/**
 * Axon's embedded event store, waking its tracking readers when the database transaction that appended events
 * commits rather than when each command inside it finishes. An ingest batch sends hundreds of commands in one
 * transaction; woken after each, the readers queried the store hundreds of times for events nobody could see yet
 * (and checked for far gaps after every empty read). Outside a transaction it wakes them at once, as Axon does.
 */
final class ReadersWokenAtCommit extends EmbeddedEventStore {

    ReadersWokenAtCommit(Builder builder) {
        super(builder);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (!TransactionScope.active()) {
            super.afterCommit(events);
            return;
        }
        TransactionScope.findOrRegister( // once per transaction
                WakeReaders.class, wake -> wake.store() == this, () -> new WakeReaders(this, events));
    }

    private record WakeReaders(ReadersWokenAtCommit store, List<? extends EventMessage<?>> events)
            implements TransactionSynchronization {
        @Override
        public void afterCommit() {
            store.wake(events);
        }
    }

    private void wake(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
    }
}
