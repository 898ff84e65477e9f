package org.thinkfamily.hub.eventstore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.transaction.support.TransactionSynchronization;
import org.thinkfamily.hub.transaction.TransactionScope;

/**
 * Where a transaction asks, the events its commands and publications append are kept until it commits and then
 * written together, in one JDBC batch, just before the commit ({@link AppendsHeldWhereAsked}). An ingest batch
 * appended each new person's and family's events as its command finished, so their places in the store's global
 * index were taken early in the batch and stayed open (gaps) until it committed; with four batches at once, every
 * tracking reader carried hundreds of such gaps and copied them for every event it read, a tenth of the hub's time.
 * Held, the index is taken only at the commit. Handlers that subscribe to the events still run as each is appended,
 * and a stream read in the transaction includes the held events of its aggregate; a collision with another
 * transaction's events now shows at the commit instead of at the command.
 */
public final class EventAppends {

    private EventAppends() {}

    /**
     * From now until the current transaction commits or rolls back, its appended events are held and written just
     * before the commit; a failure to write them fails the commit, and nothing of the transaction stays.
     *
     * @throws IllegalStateException outside a transaction
     */
    public static void heldUntilCommit() {
        if (!TransactionScope.active()) {
            throw new IllegalStateException("events can be held only inside a transaction");
        }
        TransactionScope.findOrRegister(Held.class, held -> true, Held::new);
    }

    /** The current transaction's held events, or null when it holds none (or there is no transaction). */
    static Held current() {
        return TransactionScope.find(Held.class, held -> true);
    }

    /**
     * One transaction's held events, in the order they were appended, written by the engine that took them. Events
     * appended once they are written (by other work done at the commit) go at once.
     */
    static final class Held implements TransactionSynchronization {
        private final List<EventMessage<?>> events = new ArrayList<>();
        private final Map<String, List<DomainEventMessage<?>>> byAggregate = new HashMap<>();
        private EventStorageEngine writer;
        private boolean written;

        void hold(List<? extends EventMessage<?>> appended, EventStorageEngine by) {
            if (written) {
                by.appendEvents(appended);
                return;
            }
            writer = by;
            for (EventMessage<?> event : appended) {
                events.add(event);
                if (event instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
                    byAggregate
                            .computeIfAbsent(domain.getAggregateIdentifier(), id -> new ArrayList<>())
                            .add(domain);
                }
            }
        }

        /** The held events of one aggregate from a sequence number on, in order. */
        List<DomainEventMessage<?>> of(String aggregateId, long firstSequenceNumber) {
            List<DomainEventMessage<?>> held = byAggregate.get(aggregateId);
            return held == null
                    ? List.of()
                    : held.stream()
                            .filter(e -> e.getSequenceNumber() >= firstSequenceNumber)
                            .toList();
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            if (!events.isEmpty()) {
                List<EventMessage<?>> toWrite = List.copyOf(events);
                events.clear();
                byAggregate.clear();
                writer.appendEvents(toWrite);
            }
        }
    }
}
