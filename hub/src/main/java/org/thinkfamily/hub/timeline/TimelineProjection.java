package org.thinkfamily.hub.timeline;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.agencyevent.AgencyEventRecorded;
import org.thinkfamily.contracts.agencyevent.EventSubject;
import org.thinkfamily.contracts.family.FamilyMember;
import org.thinkfamily.contracts.family.FamilyMemberAdded;
import org.thinkfamily.contracts.family.FamilyStarted;

import java.time.Instant;

/**
 * Each family's consolidated chronology. An event belongs on a family's timeline when it names any
 * member of the family, so a person's history follows them into every family they belong to. Every
 * row keeps when the hub learnt it, so the timeline can be read as it was known at any moment.
 * Disposable: dropped and rebuilt from the event store by replay.
 */
@Component
@ProcessingGroup(TimelineProjection.GROUP)
class TimelineProjection {

    static final String GROUP = "timeline";

    private final JdbcTemplate jdbc;

    TimelineProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AgencyEventRecorded event, @Timestamp Instant recordedAt) {
        var narrative = event.narrative();
        jdbc.update("insert into timeline_entry (event_id, occurred_at, recorded_at, sector, event_type, summary, agency, message_id, sensitivity)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event.eventId(), java.sql.Timestamp.from(event.occurredAt()), java.sql.Timestamp.from(recordedAt),
                event.source().sector().name(), event.type().name(), narrative == null ? null : narrative.summary(),
                event.source().agency(), event.source().messageId(), event.sensitivity().name());
        event.subjects().stream().map(EventSubject::personId).distinct().forEach(personId ->
                jdbc.update("insert into timeline_entry_person (event_id, person_id) values (?, ?)", event.eventId(), personId));
    }

    @EventHandler
    void on(FamilyStarted event, @Timestamp Instant at) {
        event.members().forEach(member -> addMember(event.familyId(), member, at));
    }

    @EventHandler
    void on(FamilyMemberAdded event, @Timestamp Instant at) {
        addMember(event.familyId(), event.member(), at);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from timeline_entry_person");
        jdbc.update("delete from timeline_entry");
        jdbc.update("delete from timeline_member");
    }

    private void addMember(String familyId, FamilyMember member, Instant at) {
        jdbc.update("insert into timeline_member (family_id, person_id, since) values (?, ?, ?)",
                familyId, member.personId(), java.sql.Timestamp.from(at));
    }
}
