package org.thinkfamily.hub.ingest;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.thinkfamily.contracts.agencyevent.AgencyEventRecorded;
import org.thinkfamily.contracts.agencyevent.RecordAgencyEvent;

/**
 * One agency message, kept forever. Its id derives from agency and message id, so a message can be
 * recorded only once; corrections and withdrawals will be later events of the same aggregate.
 */
@Aggregate
class AgencyEvent {

    @AggregateIdentifier
    private String eventId;

    AgencyEvent() {
        // for Axon
    }

    @CommandHandler
    AgencyEvent(RecordAgencyEvent command) {
        if (command.subjects().isEmpty()) {
            throw new IllegalArgumentException("an agency event is about at least one person");
        }
        apply(new AgencyEventRecorded(
                command.eventId(),
                command.source(),
                command.type(),
                command.occurredAt(),
                command.subjects(),
                command.sensitivity(),
                command.sharing(),
                command.narrative(),
                command.supports()));
    }

    @EventSourcingHandler
    void on(AgencyEventRecorded event) {
        eventId = event.eventId();
    }
}
