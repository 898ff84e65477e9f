package org.thinkfamily.hub.identity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.thinkfamily.contracts.person.AddPersonIdentifier;
import org.thinkfamily.contracts.person.ErasePersonalData;
import org.thinkfamily.contracts.person.IdentityConflictRecorded;
import org.thinkfamily.contracts.person.LinkPersonRecords;
import org.thinkfamily.contracts.person.MatchReviewQueued;
import org.thinkfamily.contracts.person.MatchReviewRejected;
import org.thinkfamily.contracts.person.PersonIdentifierAdded;
import org.thinkfamily.contracts.person.PersonRecordsLinked;
import org.thinkfamily.contracts.person.PersonRecordsUnlinked;
import org.thinkfamily.contracts.person.PersonRegistered;
import org.thinkfamily.contracts.person.PersonalDataErased;
import org.thinkfamily.contracts.person.QueueMatchReview;
import org.thinkfamily.contracts.person.RecordIdentityConflict;
import org.thinkfamily.contracts.person.RegisterPerson;
import org.thinkfamily.contracts.person.RejectMatchReview;
import org.thinkfamily.contracts.person.UnlinkPersonRecords;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.hub.identity.matching.MatchCandidates;
import org.thinkfamily.hub.problem.Refused;

/**
 * A person known to the hub. Holds at most one value per identifier system: a second, different value
 * is never taken silently, it is recorded as a conflict for review. The review pairs queued on this person
 * are decided here, each once: confirmed (a link naming the pair) or rejected, never a pair not open.
 */
@Aggregate(lockFactory = "aggregateLocks")
class Person {

    @AggregateIdentifier
    private String personId;

    private final Map<String, String> identifiers = new HashMap<>();
    /** The person this one's records are read as, while linked. */
    private String linkedInto;
    /** The review pairs queued on this person, by pair id. */
    private final Map<String, ReviewPair> reviewPairs = new HashMap<>();

    private enum ReviewPair {
        OPEN,
        CONFIRMED,
        REJECTED
    }

    Person() {
        // for Axon
    }

    @CommandHandler
    Person(RegisterPerson command) {
        requireOneValuePerSystem(command.identifiers());
        apply(new PersonRegistered(
                command.personId(), List.copyOf(command.identifiers()), command.details(), command.sourceEventId()));
    }

    @CommandHandler
    void handle(AddPersonIdentifier command) {
        Identifier identifier = command.identifier();
        String held = identifiers.get(identifier.system());
        if (identifier.value().equals(held)) {
            return; // already known: nothing changes
        }
        if (held != null) {
            throw new IdentifierConflictException(personId, identifier.system());
        }
        apply(new PersonIdentifierAdded(personId, identifier, command.sourceEventId()));
    }

    @CommandHandler
    void handle(RecordIdentityConflict command) {
        if (personId.equals(command.otherPersonId())) {
            throw new IllegalArgumentException("a person cannot conflict with themselves");
        }
        apply(new IdentityConflictRecorded(
                personId, command.identifier(), command.otherPersonId(), command.sourceEventId()));
    }

    @CommandHandler
    void handle(QueueMatchReview command) {
        if (personId.equals(command.candidatePersonId())) {
            throw new IllegalArgumentException("a person cannot be reviewed against themselves");
        }
        apply(new MatchReviewQueued(
                personId,
                command.candidatePersonId(),
                command.score(),
                List.copyOf(command.evidence()),
                command.sourceEventId()));
    }

    /** The index has checked the two hold no conflicting strong identifier and found the records that go along. */
    @CommandHandler
    void handle(LinkPersonRecords command) {
        if (command.reviewPairId() != null) {
            requireOpen(command.reviewPairId());
        }
        if (personId.equals(command.intoPersonId())) {
            throw new IllegalArgumentException("a person cannot be linked into themselves");
        }
        if (linkedInto != null) {
            throw new Refused("person " + personId + " is already linked into " + linkedInto + "; unlink them first");
        }
        if (!command.recordPersonIds().contains(personId)) {
            throw new IllegalArgumentException("the records linked must include the person's own");
        }
        apply(new PersonRecordsLinked(
                personId,
                command.intoPersonId(),
                command.recordPersonIds(),
                command.reason(),
                command.score(),
                command.evidence(),
                command.reviewPairId(),
                command.sourceEventId()));
    }

    @CommandHandler
    void handle(UnlinkPersonRecords command) {
        if (linkedInto == null) {
            throw new Refused("person " + personId + " is not linked into anyone");
        }
        apply(new PersonRecordsUnlinked(personId, command.fromPersonId(), command.recordPersonIds()));
    }

    @CommandHandler
    void handle(RejectMatchReview command) {
        requireOpen(command.pairId());
        apply(new MatchReviewRejected(personId, command.candidatePersonId(), command.pairId()));
    }

    @EventSourcingHandler
    void on(PersonRecordsLinked event) {
        linkedInto = event.intoPersonId();
        if (event.reviewPairId() != null) {
            reviewPairs.put(event.reviewPairId(), ReviewPair.CONFIRMED);
        }
    }

    @EventSourcingHandler
    void on(MatchReviewQueued event) {
        reviewPairs.put(MatchCandidates.pairId(event.personId(), event.candidatePersonId()), ReviewPair.OPEN);
    }

    @EventSourcingHandler
    void on(MatchReviewRejected event) {
        reviewPairs.put(event.pairId(), ReviewPair.REJECTED);
    }

    @EventSourcingHandler
    void on(PersonRecordsUnlinked event) {
        linkedInto = null;
    }

    @EventSourcingHandler
    void on(PersonRegistered event) {
        personId = event.personId();
        event.identifiers().forEach(id -> identifiers.put(id.system(), id.value()));
    }

    @EventSourcingHandler
    void on(PersonIdentifierAdded event) {
        if (event.identifier() != null) { // null once the person was erased
            identifiers.put(event.identifier().system(), event.identifier().value());
        }
    }

    /**
     * Erasure is recorded on the person a record is read as; the keys of every record linked into them are
     * destroyed with it (by {@link PersonErasure}, in the same transaction).
     */
    @CommandHandler
    void handle(ErasePersonalData command) {
        if (linkedInto != null) {
            throw new IllegalArgumentException("erase the person this record is linked into");
        }
        apply(new PersonalDataErased(personId, List.copyOf(command.dataSubjects()), command.reason()));
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        identifiers.clear();
    }

    /** A pair is decided once, and only on the person it was queued on (the record that may be someone already known). */
    private void requireOpen(String pairId) {
        ReviewPair pair = reviewPairs.get(pairId);
        if (pair == null) {
            throw new Refused("review pair " + pairId + " is not queued on person " + personId);
        }
        if (pair != ReviewPair.OPEN) {
            throw new Refused("review pair " + pairId + " is already " + pair);
        }
    }

    private static void requireOneValuePerSystem(List<Identifier> identifiers) {
        Map<String, String> seen = new HashMap<>();
        for (Identifier id : identifiers) {
            String earlier = seen.putIfAbsent(id.system(), id.value());
            if (earlier != null && !earlier.equals(id.value())) {
                throw new IllegalArgumentException("a person cannot be registered with two " + id.system() + " values");
            }
        }
    }
}
