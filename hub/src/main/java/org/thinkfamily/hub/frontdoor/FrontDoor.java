package org.thinkfamily.hub.frontdoor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thinkfamily.contracts.family.DecideTier;
import org.thinkfamily.contracts.family.FamilySummary;
import org.thinkfamily.contracts.family.FindFamily;
import org.thinkfamily.contracts.frontdoor.ContactIds;
import org.thinkfamily.contracts.frontdoor.ContactNarrative;
import org.thinkfamily.contracts.frontdoor.ContactOutcome;
import org.thinkfamily.contracts.frontdoor.ContactReceived;
import org.thinkfamily.contracts.frontdoor.DecideContact;
import org.thinkfamily.contracts.frontdoor.PublicRequest;
import org.thinkfamily.contracts.frontdoor.ReceiveContact;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.contracts.published.canonical.Source;
import org.thinkfamily.contracts.published.canonical.Subject;
import org.thinkfamily.contracts.published.ingest.IngestPort;
import org.thinkfamily.contracts.published.ingest.IngestResult;
import org.thinkfamily.contracts.published.ingest.IngestStatus;
import org.thinkfamily.hub.messaging.Commands;
import org.thinkfamily.hub.problem.NotFound;
import org.thinkfamily.hub.problem.Refused;

/** The front door's three ways in (a manager, an agency, the public) and its one decision. */
@Service
@EnableConfigurationProperties(FrontDoorProperties.class)
class FrontDoor {

    private final IngestPort ingest;
    private final Commands commands;
    private final TransactionTemplate transaction;
    private final FrontDoorProperties properties;
    private final Clock clock;
    private final ContactReads reads;
    private final QueryGateway queries;

    FrontDoor(
            IngestPort ingest,
            Commands commands,
            PlatformTransactionManager transactionManager,
            FrontDoorProperties properties,
            Clock clock,
            ContactReads reads,
            QueryGateway queries) {
        this.reads = reads;
        this.queries = queries;
        this.ingest = ingest;
        this.commands = commands;
        this.transaction = new TransactionTemplate(transactionManager);
        this.properties = properties;
        this.clock = clock;
    }

    /** Refused by the ingest's rules; the errors name the fields. */
    static final class ContactRefused extends RuntimeException {
        final transient IngestResult result;

        ContactRefused(IngestResult result) {
            super("the contact was refused: " + result.errors().size() + " error(s)");
            this.result = result;
        }
    }

    /**
     * A contact a manager enters is recorded as the gateway's CONTACT_RECEIVED event, so its subjects are
     * resolved and housed like any agency's record; {@link ContactIntake} turns it into the contact.
     *
     * @return the contact's id
     */
    String receiveFromManager(
            List<Subject> subjects, String reason, String contactedBy, Instant receivedAt, String manager) {
        CanonicalEvent event = new CanonicalEvent(
                new Source(
                        properties.gatewayAgency(),
                        Sector.EARLY_HELP,
                        "think-family-hub",
                        "CONTACT-" + ContactIds.random()),
                EventType.CONTACT_RECEIVED,
                receivedAt == null ? clock.instant() : receivedAt,
                subjects,
                reason,
                Sensitivity.STANDARD,
                Map.of("reason", reason, "contactedBy", contactedBy),
                null);
        IngestResult result = ingest.ingest(event, manager);
        if (result.status() == IngestStatus.REJECTED) {
            throw new ContactRefused(result);
        }
        return ContactIds.ofAgencyEvent(result.eventId());
    }

    /** A request for help from the public: a contact about no one known yet, holding what was typed. */
    String receiveFromPublic(PublicRequest request, String worry) {
        String contactId = ContactIds.random();
        commands.sendAs(
                ContactReceived.PUBLIC,
                new ReceiveContact(
                        contactId,
                        clock.instant(),
                        ContactReceived.PUBLIC,
                        null,
                        List.of(),
                        null,
                        new ContactNarrative(contactId, worry, request.yourName(), request)));
        return contactId;
    }

    void decide(String contactId, ContactOutcome outcome, String reason, String manager) {
        try {
            decideOnce(contactId, outcome, reason, manager);
        } catch (ConcurrencyException decidedOnAnotherNodeAtOnce) {
            throw new Refused("contact " + contactId + " was decided by someone else at the same moment");
        }
    }

    private void decideOnce(String contactId, ContactOutcome outcome, String reason, String manager) {
        transaction.executeWithoutResult(status -> {
            commands.sendAs(manager, new DecideContact(contactId, outcome, reason, manager));
            if (outcome.tier() != null) {
                setTier(contactId, outcome.tier(), reason, manager);
            }
        });
    }

    /**
     * A tier outcome sets the family's tier, in the same transaction as the decision: a family at that tier
     * already (and open) keeps it, so the contact's decision is recorded either way.
     */
    private void setTier(String contactId, int tier, String reason, String manager) {
        String familyId = reads.find(contactId)
                .map(ContactReads.ContactView::familyId)
                .orElseThrow(() -> new Refused("contact " + contactId + " is about no known family"));
        FamilySummary family = queries.query(
                        new FindFamily(familyId), ResponseTypes.optionalInstanceOf(FamilySummary.class))
                .join()
                .orElseThrow(() -> new Refused("no family " + familyId));
        if (family.closedAt() == null && Integer.valueOf(tier).equals(family.tierAt(null))) {
            return;
        }
        commands.sendAs(manager, new DecideTier(familyId, tier, "front door decision: " + reason, manager));
    }

    static NotFound notFound(String contactId) {
        return new NotFound("no contact " + contactId);
    }
}
