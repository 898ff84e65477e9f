package org.thinkfamily.hub.identity;

import java.sql.Date;
import java.time.Instant;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.person.IdentityConflictRecorded;
import org.thinkfamily.contracts.person.MatchReviewQueued;
import org.thinkfamily.contracts.person.MatchReviewRejected;
import org.thinkfamily.contracts.person.PersonIdentifierAdded;
import org.thinkfamily.contracts.person.PersonMatchedByDetails;
import org.thinkfamily.contracts.person.PersonRecordsLinked;
import org.thinkfamily.contracts.person.PersonRecordsUnlinked;
import org.thinkfamily.contracts.person.PersonRegistered;
import org.thinkfamily.contracts.person.PersonalDataErased;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.identifier.IdentifierSystems;
import org.thinkfamily.contracts.published.identifier.NhsNumber;
import org.thinkfamily.hub.identity.matching.BlockingKeys;
import org.thinkfamily.hub.identity.matching.MatchCandidates;
import org.thinkfamily.hub.projection.PersonRecordRows;
import org.thinkfamily.hub.projection.ProcessingGroups;

/**
 * The person index that identity resolution reads. A subscribing processor: it is written in the same
 * transaction as the events themselves, so every record is resolved against every record accepted
 * before it. {@code identity_key} is unique per identifier, so two nodes registering the same new
 * person at once cannot both commit; the loser retries and finds the winner's person.
 */
@Component
@ProcessingGroup(ProcessingGroups.IDENTITY_INDEX)
class IdentityIndex {

    /** Each record's place in the link tree: the person (root) it is read as now moves on link and unlink. */
    private static final PersonRecordRows.Table PERSON_LINK =
            new PersonRecordRows.Table("person_link", "person_id", "root_id");

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final PersonRecordRows rows;

    IdentityIndex(JdbcTemplate jdbc, PersonRecordRows rows) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.rows = rows;
    }

    @EventHandler
    void on(PersonRegistered event, @Timestamp Instant at, EventMessage<?> message) {
        var details = event.details();
        var name = details == null ? null : details.name();
        var birthDate = details == null ? null : details.birthDate();
        var address = details == null ? null : details.address();
        String family = name == null ? null : name.family();
        jdbc.update(
                """
                insert into person_directory (person_id, given_name, family_name, birth_date, registered_at, sex, postcode, uprn,
                    family_key, birth_year, erased_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                event.personId(),
                name == null ? null : name.given(),
                family,
                birthDate == null ? null : Date.valueOf(birthDate),
                java.sql.Timestamp.from(at),
                details == null || details.sex() == null ? null : details.sex().name(),
                address == null ? null : address.postcode(),
                address == null ? null : address.uprn(),
                BlockingKeys.familyKey(family),
                birthDate == null ? null : birthDate.getYear(),
                details != null && details.erased() ? java.sql.Timestamp.from(at) : null);
        jdbc.update(
                "insert into person_link (person_id, linked_into, root_id) values (?, null, ?)",
                event.personId(),
                event.personId());
        event.identifiers().forEach(id -> addIdentifier(event.personId(), id));
        history(event.personId(), message, "REGISTERED", null, null, null, event.sourceEventId());
    }

    @EventHandler
    void on(PersonIdentifierAdded event, EventMessage<?> message) {
        if (event.identifier() != null) { // null once the person was erased
            addIdentifier(event.personId(), event.identifier());
        }
        history(
                event.personId(),
                message,
                event.identifier() == null
                        ? "IDENTIFIER_ADDED"
                        : "IDENTIFIER_ADDED:" + event.identifier().system(),
                null,
                null,
                null,
                event.sourceEventId());
    }

    /** History only: links of the first version of matching, before a record was a person record of its own. */
    @EventHandler
    void on(PersonMatchedByDetails event, EventMessage<?> message) {
        history(
                event.personId(),
                message,
                "LINKED_BY_DETAILS",
                event.score(),
                MatchEvidenceColumn.write(event.evidence()),
                null,
                event.sourceEventId());
    }

    @EventHandler
    void on(IdentityConflictRecorded event, @Timestamp Instant at, EventMessage<?> message) {
        history(
                event.personId(),
                message,
                event.identifier() == null
                        ? "CONFLICT"
                        : "CONFLICT:" + event.identifier().system(),
                null,
                null,
                event.otherPersonId(),
                event.sourceEventId());
        if (event.identifier() == null) { // the person was erased: the identifier with them
            return;
        }
        jdbc.update(
                "insert into identity_conflict (person_id, identifier_system, identifier_value, other_person_id, source_event_id, recorded_at) values (?, ?, ?, ?, ?, ?)",
                event.personId(),
                event.identifier().system(),
                event.identifier().value(),
                event.otherPersonId(),
                event.sourceEventId(),
                java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(MatchReviewQueued event, @Timestamp Instant at, EventMessage<?> message) {
        history(
                event.personId(),
                message,
                "REVIEW_QUEUED",
                event.score(),
                MatchEvidenceColumn.write(event.evidence()),
                event.candidatePersonId(),
                event.sourceEventId());
        jdbc.update(
                """
                insert into match_review (pair_id, person_id, candidate_person_id, score, evidence, source_event_id, queued_at, status)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                MatchCandidates.pairId(event.personId(), event.candidatePersonId()),
                event.personId(),
                event.candidatePersonId(),
                event.score(),
                MatchEvidenceColumn.write(event.evidence()),
                event.sourceEventId(),
                java.sql.Timestamp.from(at),
                ReviewStatus.OPEN.name());
    }

    @EventHandler
    void on(PersonRecordsLinked event, EventMessage<?> message) {
        jdbc.update(
                "update person_link set linked_into = ? where person_id = ?", event.intoPersonId(), event.personId());
        String root = jdbc.queryForObject(
                "select root_id from person_link where person_id = ?", String.class, event.intoPersonId());
        rows.move(event.recordPersonIds(), root, PERSON_LINK);
        history(
                event.personId(),
                message,
                "LINKED:" + event.reason(),
                event.score(),
                event.evidence().isEmpty() ? null : MatchEvidenceColumn.write(event.evidence()),
                event.intoPersonId(),
                event.sourceEventId());
        if (event.reviewPairId() != null) {
            review(event.reviewPairId(), ReviewStatus.CONFIRMED);
        }
    }

    @EventHandler
    void on(PersonRecordsUnlinked event, EventMessage<?> message) {
        jdbc.update("update person_link set linked_into = null where person_id = ?", event.personId());
        rows.move(event.recordPersonIds(), event.personId(), PERSON_LINK);
        history(event.personId(), message, "UNLINKED", null, null, event.fromPersonId(), null);
    }

    @EventHandler
    void on(MatchReviewRejected event, EventMessage<?> message) {
        review(event.pairId(), ReviewStatus.REJECTED);
        history(event.personId(), message, "REVIEW_REJECTED", null, null, event.candidatePersonId(), null);
    }

    /**
     * The erased people stay in the index as records that existed (links, history), with nothing that says who
     * they were: no name, birth date, sex, address or identifier, so no later record can be matched to them.
     */
    @EventHandler
    void on(PersonalDataErased event, @Timestamp Instant at) {
        Map<String, Object> subjects = Map.of("subjects", event.dataSubjects(), "at", java.sql.Timestamp.from(at));
        named.update("""
                update person_directory set given_name = null, family_name = null, birth_date = null, birth_year = null,
                    sex = null, postcode = null, uprn = null, family_key = null, erased_at = coalesce(erased_at, :at)
                where person_id in (:subjects)""", subjects);
        named.update("delete from person_identifier where person_id in (:subjects)", subjects);
        named.update("delete from identity_key where person_id in (:subjects)", subjects);
        named.update(
                "delete from identity_conflict where person_id in (:subjects) or other_person_id in (:subjects)",
                subjects);
    }

    private void review(String pairId, ReviewStatus status) {
        jdbc.update("update match_review set status = ? where pair_id = ?", status.name(), pairId);
    }

    /**
     * Empties the index for a rebuild. Axon never resets a subscribing processor (it has no token): this runs
     * from replay-tools' {@code rebuild identity-index}, which then replays the event store through these handlers.
     */
    @ResetHandler
    void reset() {
        jdbc.update("delete from person_link");
        jdbc.update("delete from match_history");
        jdbc.update("delete from match_review");
        jdbc.update("delete from identity_conflict");
        jdbc.update("delete from identity_key");
        jdbc.update("delete from person_identifier");
        jdbc.update("delete from person_directory");
    }

    private void history(
            String personId,
            EventMessage<?> message,
            String decision,
            Double score,
            String evidence,
            String otherPersonId,
            String sourceEventId) {
        jdbc.update(
                """
                insert into match_history (person_id, event_id, recorded_at, decision, score, evidence, other_person_id, source_event_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                personId,
                message.getIdentifier(),
                java.sql.Timestamp.from(message.getTimestamp()),
                decision,
                score,
                evidence,
                otherPersonId,
                sourceEventId);
    }

    private void addIdentifier(String personId, Identifier id) {
        jdbc.update(
                "insert into person_identifier (person_id, identifier_system, identifier_value) values (?, ?, ?)",
                personId,
                id.system(),
                id.value());
        if (isMatchingKey(id)) {
            jdbc.update(
                    "insert into identity_key (identifier_system, identifier_value, person_id) values (?, ?, ?)",
                    id.system(),
                    id.value(),
                    personId);
        }
    }

    /**
     * Identifiers that may match two records together: those that name a person, except NHS numbers of
     * the 999 test range, which are never used on their own to match.
     */
    static boolean isMatchingKey(Identifier id) {
        if (!IdentifierSystems.identifiesPerson(id.system())) {
            return false;
        }
        return !(NhsNumber.SYSTEM.equals(id.system())
                && NhsNumber.check(id.value()).testRange());
    }
}
