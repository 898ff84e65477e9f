package org.thinkfamily.hub.ingest;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.thinkfamily.contracts.agencyevent.AgencyEventRecorded;
import org.thinkfamily.contracts.agencyevent.RecordAgencyEvent;

/**
 * One agency message, kept forever. Its id derives from agency and message id, so a message can be recorded only
 * once: its first event is sequence 0 of its own stream, which the store's key holds to one on any node. That is its
 * only invariant besides naming someone, so the ingest appends that first event directly, a batch's together
 * ({@link #recorded}), rather than through the command bus, a unit of work and an aggregate instance per record.
 * Corrections and withdrawals will be later events of the same stream, handled by this aggregate.
 */
@Aggregate(lockFactory = "aggregateLocks")
class AgencyEvent {

    /** The stream's aggregate type, as Axon names it for this class. */
    static final String TYPE = AgencyEvent.class.getSimpleName();

    @AggregateIdentifier
    private String eventId;

    AgencyEvent() {
        // for Axon
    }

    /** The message's first event, to be appended as sequence 0 of its stream; refused when it names nobody. */
    static DomainEventMessage<AgencyEventRecorded> recorded(RecordAgencyEvent command, MetaData metaData) {
        if (command.subjects().isEmpty()) {
            throw new IllegalArgumentException("an agency event is about at least one person");
        }
        return new GenericDomainEventMessage<>(
                TYPE,
                command.eventId(),
                0,
                new AgencyEventRecorded(
                        command.eventId(),
                        command.source(),
                        command.type(),
                        command.occurredAt(),
                        command.subjects(),
                        command.sensitivity(),
                        command.sharing(),
                        command.narrative(),
                        command.supports()),
                metaData);
    }

    @EventSourcingHandler
    void on(AgencyEventRecorded event) {
        eventId = event.eventId();
    }
}
