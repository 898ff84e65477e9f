package org.thinkfamily.hub.frontdoor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.family.FamilyMergedInto;
import org.thinkfamily.contracts.frontdoor.ContactDecided;
import org.thinkfamily.contracts.frontdoor.ContactIds;
import org.thinkfamily.contracts.frontdoor.ContactNarrative;
import org.thinkfamily.contracts.frontdoor.ContactReceived;
import org.thinkfamily.contracts.person.PersonalDataErased;
import org.thinkfamily.hub.projection.ProcessingGroups;

/**
 * The front door's queue: each contact, who it is from, why, the family it is about and the decision.
 * Subscribing, so a manager's contact is in the queue (and counts as a repeat) the moment it is answered.
 * Inserts skip a contact already there, so handling an event twice changes nothing.
 */
@Component
@ProcessingGroup(ProcessingGroups.CONTACT_QUEUE)
class ContactQueue {

    static final String AWAITING_DECISION = "AWAITING_DECISION";
    static final String DECIDED = "DECIDED";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ObjectMapper json;

    ContactQueue(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.json = json;
    }

    @EventHandler
    void on(ContactReceived event, @Timestamp Instant recordedAt) {
        ContactNarrative narrative = event.narrative();
        jdbc.update(
                "insert into contact (contact_id, reference, received_at, recorded_at, from_party, family_id, source_event_id,"
                        + " reason, contacted_by, request, status, data_subject, personal_data_erased)"
                        + " select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                        + " where not exists (select 1 from contact where contact_id = ?)",
                event.contactId(),
                ContactIds.reference(event.contactId()),
                java.sql.Timestamp.from(event.receivedAt()),
                java.sql.Timestamp.from(recordedAt),
                event.from(),
                event.familyId(),
                event.sourceEventId(),
                narrative == null ? null : narrative.reason(),
                narrative == null ? null : narrative.contactedBy(),
                narrative == null || narrative.request() == null ? null : write(narrative.request()),
                AWAITING_DECISION,
                narrative == null ? null : narrative.dataSubject(),
                narrative != null && narrative.erased(),
                event.contactId());
    }

    /** A contact about an erased person keeps when it came, from whom and what was decided; not its words. */
    @EventHandler
    void on(PersonalDataErased event) {
        named.update(
                "update contact set reason = null, contacted_by = null, request = null, decision_reason = null,"
                        + " personal_data_erased = true where data_subject in (:subjects)",
                java.util.Map.of("subjects", event.dataSubjects()));
    }

    @EventHandler
    void on(ContactDecided event) {
        jdbc.update(
                "update contact set status = ?, outcome = ?, decision_reason = ?, decided_by = ?, decided_at = ? where contact_id = ?",
                DECIDED,
                event.outcome().name(),
                event.reason() == null ? null : event.reason().text(),
                event.decidedBy(),
                java.sql.Timestamp.from(event.decidedAt()),
                event.contactId());
    }

    /** Contacts about a family merged into another are about that one now: they count towards its repeats. */
    @EventHandler
    void on(FamilyMergedInto event) {
        jdbc.update("update contact set family_id = ? where family_id = ?", event.intoFamilyId(), event.familyId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from contact");
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a public request could not be written as JSON", e);
        }
    }
}
