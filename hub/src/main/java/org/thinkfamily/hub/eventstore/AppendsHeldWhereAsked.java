package org.thinkfamily.hub.eventstore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * The JDBC storage engine, holding appends until the commit in a transaction that asked for it
 * ({@link EventAppends#heldUntilCommit}) and reading an aggregate's held events after its stored ones; everything
 * else, and every transaction that did not ask, goes straight to the engine it wraps.
 */
final class AppendsHeldWhereAsked implements EventStorageEngine {

    private final EventStorageEngine stored;

    AppendsHeldWhereAsked(EventStorageEngine stored) {
        this.stored = stored;
    }

    /** The engine that writes and reads the table. */
    EventStorageEngine stored() {
        return stored;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        EventAppends.Held held = EventAppends.current();
        if (held == null) {
            stored.appendEvents(events);
        } else {
            held.hold(events, stored);
        }
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        DomainEventStream fromTable = stored.readEvents(aggregateIdentifier, firstSequenceNumber);
        EventAppends.Held held = EventAppends.current();
        if (held == null) {
            return fromTable;
        }
        List<DomainEventMessage<?>> notYetWritten = held.of(aggregateIdentifier, firstSequenceNumber);
        return notYetWritten.isEmpty()
                ? fromTable
                : DomainEventStream.concat(fromTable, DomainEventStream.of(notYetWritten.stream()));
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        EventAppends.Held held = EventAppends.current();
        List<DomainEventMessage<?>> notYetWritten = held == null ? List.of() : held.of(aggregateIdentifier, 0);
        return notYetWritten.isEmpty()
                ? stored.lastSequenceNumberFor(aggregateIdentifier)
                : Optional.of(notYetWritten.get(notYetWritten.size() - 1).getSequenceNumber());
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        stored.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return stored.readEvents(trackingToken, mayBlock);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return stored.readSnapshot(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return stored.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return stored.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return stored.createTokenAt(dateTime);
    }
}
