package org.thinkfamily.hub.frontdoor;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.thinkfamily.contracts.frontdoor.ContactDecided;
import org.thinkfamily.contracts.frontdoor.ContactReceived;
import org.thinkfamily.contracts.frontdoor.DecideContact;
import org.thinkfamily.contracts.frontdoor.DecisionReason;
import org.thinkfamily.contracts.frontdoor.ReceiveContact;
import org.thinkfamily.hub.problem.Refused;

/**
 * One contact at the front door: received once (receiving it again changes nothing, so an agency event
 * handled twice makes one contact), then decided once. A second decision is refused: a changed mind is a
 * decision about the family (its tier), not a rewrite of what the front door decided.
 */
@Aggregate(lockFactory = "aggregateLocks")
class Contact {

    @AggregateIdentifier
    private String contactId;

    private String familyId;
    private String dataSubject;
    private boolean decided;

    Contact() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReceiveContact command) {
        if (contactId != null) {
            return; // received already
        }
        if (command.from() == null || command.from().isBlank() || command.receivedAt() == null) {
            throw new IllegalArgumentException("a contact needs who it is from and when it was received");
        }
        apply(new ContactReceived(
                command.contactId(),
                command.receivedAt(),
                command.from(),
                command.familyId(),
                command.personIds(),
                command.sourceEventId(),
                command.narrative()));
    }

    @CommandHandler
    void handle(DecideContact command, java.time.Clock clock) {
        if (command.outcome() == null) {
            throw new IllegalArgumentException("outcome: is required");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new IllegalArgumentException("reason: a decision needs a reason");
        }
        if (decided) {
            throw new Refused("contact " + contactId + " is decided already");
        }
        if (command.outcome().tier() != null && familyId == null) {
            throw new Refused("contact " + contactId + " is about no known family yet: a tier needs a family");
        }
        apply(new ContactDecided(
                contactId,
                familyId,
                command.outcome(),
                new DecisionReason(dataSubject, command.reason().strip()),
                command.decidedBy(),
                Instant.now(clock)));
    }

    @EventSourcingHandler
    void on(ContactReceived event) {
        contactId = event.contactId();
        familyId = event.familyId();
        dataSubject = event.narrative() != null ? event.narrative().dataSubject() : event.contactId();
    }

    @EventSourcingHandler
    void on(ContactDecided event) {
        decided = true;
    }
}
