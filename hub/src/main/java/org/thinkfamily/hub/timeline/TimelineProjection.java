package org.thinkfamily.hub.timeline;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.agencyevent.AgencyEventRecorded;
import org.thinkfamily.contracts.agencyevent.EventSubject;
import org.thinkfamily.contracts.family.FamiliesMerged;
import org.thinkfamily.contracts.family.FamilyClosed;
import org.thinkfamily.contracts.family.FamilyMember;
import org.thinkfamily.contracts.family.FamilyMemberAdded;
import org.thinkfamily.contracts.family.FamilyMembershipEnded;
import org.thinkfamily.contracts.family.FamilyStarted;
import org.thinkfamily.contracts.family.FamilyTierDecided;
import org.thinkfamily.contracts.family.LeadProfessionalAssigned;
import org.thinkfamily.contracts.family.TeamMemberAdded;
import org.thinkfamily.contracts.family.TeamMemberRemoved;
import org.thinkfamily.contracts.person.PersonRecordsLinked;
import org.thinkfamily.contracts.person.PersonRecordsUnlinked;
import org.thinkfamily.contracts.person.PersonalDataErased;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.hub.projection.PersonRecordRows;
import org.thinkfamily.hub.projection.ProcessingGroups;
import org.thinkfamily.hub.projection.ProjectionSavepoint;
import org.thinkfamily.hub.projection.ProjectionWrites;
import org.thinkfamily.hub.projection.ShadowRebuildable;

/**
 * Each family's consolidated chronology. An event belongs on a family's timeline when it names any
 * member of the family, so a person's history follows them into every family they belong to. Every
 * row keeps when the hub learnt it, so the timeline can be read as it was known at any moment, and the
 * event's details (its facts, as JSON), from which the Think Family view answers its questions.
 * Disposable: rebuilt from the event store by replay, in shadow tables while the hub serves (see ShadowRebuild).
 */
@Component
@ProcessingGroup(ProcessingGroups.TIMELINE)
class TimelineProjection implements ShadowRebuildable {

    /** The "agency" of decisions made in the hub itself. */
    static final String DECISIONS_AGENCY = "think-family-hub";

    private static final String ENTRY = "timeline_entry";
    private static final String ENTRY_PERSON = "timeline_entry_person";
    private static final String MEMBER = "timeline_member";
    /** By their live names: the writes give each its name in this instance (see PersonRecordRows). */
    private static final PersonRecordRows.Table[] PER_RECORD = {
        PersonRecordRows.Table.of(ENTRY_PERSON), PersonRecordRows.Table.of(MEMBER)
    };

    private final ProjectionWrites writes;
    private final PersonRecordRows rows;
    /** None in a rebuild, where an event that fails stops the rebuild instead of being parked. */
    private final ProjectionSavepoint savepoint;

    private final String entry;
    private final String entryPerson;
    private final String memberTable;
    // the statements, on this instance's tables: built once, not per event
    private final String insertRecorded;
    private final String insertEntryPerson;
    private final String insertDecision;
    private final String endMembership;
    private final String addMember;
    private final String insertMember;
    /**
     * In a rebuild, which starts from empty tables: the memberships written so far (family and record). A membership
     * met for the first time is inserted, sent with the batch's other inserts; only one met again needs the merge, a
     * statement of its own. A third of a rebuild's events are members joining.
     */
    private final Set<String> membersWritten;

    @Autowired
    TimelineProjection(JdbcTemplate jdbc, PersonRecordRows rows, ProjectionSavepoint savepoint) {
        this(
                ProjectionWrites.heldUntilCommit(jdbc, List.of(ENTRY, ENTRY_PERSON, MEMBER), savepoint),
                rows,
                savepoint,
                null);
    }

    private TimelineProjection(
            ProjectionWrites writes, PersonRecordRows rows, ProjectionSavepoint savepoint, Set<String> membersWritten) {
        this.writes = writes;
        this.rows = rows;
        this.savepoint = savepoint;
        this.membersWritten = membersWritten;
        this.entry = writes.table(ENTRY);
        this.entryPerson = writes.table(ENTRY_PERSON);
        this.memberTable = writes.table(MEMBER);
        this.insertRecorded = "insert into " + entry
                + " (event_id, occurred_at, recorded_at, sector, event_type, summary, agency, message_id, sensitivity, details,"
                + " personal_data_erased) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        this.insertEntryPerson =
                "insert into " + entryPerson + " (event_id, record_person_id, person_id) values (?, ?, ?)";
        this.insertDecision = "insert into " + entry
                + " (event_id, occurred_at, recorded_at, sector, event_type, summary, agency, message_id,"
                + " sensitivity, family_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        this.endMembership = "update " + memberTable
                + " set until_at = ? where family_id = ? and record_person_id = ? and until_at is null";
        // one statement whether the record was a member before (then a member again, as the person it is read as now,
        // since as first joined) or not: a rebuild sends members in batches, not an update and an insert each
        this.addMember =
                "merge into " + memberTable + " m using (values (cast(? as varchar(36)), cast(? as varchar(36)),"
                        + " cast(? as varchar(36)), cast(? as timestamp with time zone)))"
                        + " as s (family_id, record_person_id, person_id, since)"
                        + " on m.family_id = s.family_id and m.record_person_id = s.record_person_id"
                        + " when matched then update set until_at = null, person_id = s.person_id"
                        + " when not matched then insert (family_id, record_person_id, person_id, since)"
                        + " values (s.family_id, s.record_person_id, s.person_id, s.since)";
        this.insertMember =
                "insert into " + memberTable + " (family_id, record_person_id, person_id, since) values (?, ?, ?, ?)";
    }

    @Override
    public String processingGroup() {
        return ProcessingGroups.TIMELINE;
    }

    @Override
    public List<String> tables() {
        return List.of(ENTRY, ENTRY_PERSON, MEMBER);
    }

    @Override
    public Object handlers(ProjectionWrites shadow) {
        return new TimelineProjection(shadow, rows, null, new HashSet<>());
    }

    /**
     * For reads only: the handlers find rows by event, by record or person (a move, an erasure) and by family and
     * record (a member).
     */
    @Override
    public Set<String> indexesBuiltAfterReplay() {
        return Set.of("timeline_entry_by_family", "timeline_member_by_person");
    }

    /** Each event in a savepoint, so one that fails is parked alone (see ProjectionSavepoint). */
    @MessageHandlerInterceptor
    Object inSavepoint(InterceptorChain chain) throws Exception {
        return savepoint == null ? chain.proceed() : savepoint.around(chain);
    }

    @EventHandler
    void on(AgencyEventRecorded event, @Timestamp Instant recordedAt) {
        var narrative = event.narrative();
        writes.insert(
                entry,
                insertRecorded,
                event.eventId(),
                java.sql.Timestamp.from(event.occurredAt()),
                java.sql.Timestamp.from(recordedAt),
                event.source().sector().name(),
                event.type().name(),
                narrative == null ? null : narrative.summary(),
                event.source().agency(),
                event.source().messageId(),
                event.sensitivity().name(),
                narrative == null ? null : TimelineDetails.write(narrative.details()),
                narrative != null && narrative.erased());
        event.subjects().stream()
                .collect(java.util.stream.Collectors.toMap(
                        EventSubject::recordPersonId,
                        EventSubject::personId,
                        (a, b) -> a,
                        java.util.LinkedHashMap::new))
                .forEach((record, person) ->
                        writes.insert(entryPerson, insertEntryPerson, event.eventId(), record, person));
    }

    @EventHandler
    void on(FamilyTierDecided event, EventMessage<?> message) {
        String change = event.previousTier() == null
                ? "Tier " + event.tier() + " decided"
                : event.tier() > event.previousTier()
                        ? "Stepped up from tier " + event.previousTier() + " to tier " + event.tier()
                        : event.tier() < event.previousTier()
                                ? "Stepped down from tier " + event.previousTier() + " to tier " + event.tier()
                                : "Tier " + event.tier() + " decided again";
        decision(
                event.familyId(),
                "TIER_DECIDED",
                change + ": " + event.reason() + " (" + event.decidedBy() + ")",
                message);
    }

    @EventHandler
    void on(LeadProfessionalAssigned event, EventMessage<?> message) {
        decision(
                event.familyId(),
                "LEAD_PROFESSIONAL_ASSIGNED",
                "Lead professional: " + event.user()
                        + (event.previousUser() == null ? "" : ", after " + event.previousUser()),
                message);
    }

    @EventHandler
    void on(TeamMemberAdded event, EventMessage<?> message) {
        decision(
                event.familyId(),
                "TEAM_MEMBER_ADDED",
                event.user() + (event.agency() == null ? "" : " (" + event.agency() + ")")
                        + " joined the team around the family (" + event.addedBy() + ")",
                message);
    }

    @EventHandler
    void on(TeamMemberRemoved event, EventMessage<?> message) {
        decision(
                event.familyId(),
                "TEAM_MEMBER_REMOVED",
                event.user() + " left the team around the family (" + event.removedBy() + ")",
                message);
    }

    @EventHandler
    void on(FamilyClosed event, EventMessage<?> message) {
        decision(
                event.familyId(),
                "FAMILY_CLOSED",
                "Stepped down out of early help: " + event.reason() + " (" + event.closedBy() + ")",
                message);
    }

    /** A decision about the family itself: on its timeline, by no agency but the hub, about no one person. */
    private void decision(String familyId, String type, String summary, EventMessage<?> message) {
        java.sql.Timestamp at = java.sql.Timestamp.from(message.getTimestamp());
        writes.insert(
                entry,
                insertDecision,
                message.getIdentifier(),
                at,
                at,
                Sector.EARLY_HELP.name(),
                type,
                summary.length() > 4000 ? summary.substring(0, 4000) : summary,
                DECISIONS_AGENCY,
                message.getIdentifier(),
                Sensitivity.STANDARD.name(),
                familyId);
    }

    @EventHandler
    void on(FamilyStarted event, @Timestamp Instant at) {
        event.members().forEach(member -> addMember(event.familyId(), member, at));
    }

    @EventHandler
    void on(FamilyMemberAdded event, @Timestamp Instant at) {
        addMember(event.familyId(), event.member(), at);
    }

    /** A member who left: their events up to the end stay on the family's timeline, later ones do not join it. */
    @EventHandler
    void on(FamilyMembershipEnded event, @Timestamp Instant at) {
        event.recordPersonIds()
                .forEach(record -> writes.update(
                        memberTable, endMembership, java.sql.Timestamp.from(at), event.familyId(), record));
    }

    @EventHandler
    void on(FamiliesMerged event, @Timestamp Instant at) {
        event.members().forEach(member -> addMember(event.familyId(), member, at));
    }

    /** The linked records' entries and memberships are now the other person's. */
    @EventHandler
    void on(PersonRecordsLinked event) {
        rows.move(event.recordPersonIds(), event.intoPersonId(), writes, PER_RECORD);
    }

    /** ... and back again, exactly: each row remembers the record it came from. */
    @EventHandler
    void on(PersonRecordsUnlinked event) {
        rows.move(event.recordPersonIds(), event.personId(), writes, PER_RECORD);
    }

    /** The erased people's entries keep what happened, when and from whom; their words are dropped. */
    @EventHandler
    void on(PersonalDataErased event) {
        List<String> subjects = event.dataSubjects();
        String in = String.join(", ", java.util.Collections.nCopies(subjects.size(), "?"));
        List<Object> args = new java.util.ArrayList<>(subjects);
        args.addAll(subjects);
        writes.update(
                entry,
                "update " + entry + " set summary = null, details = null, personal_data_erased = true"
                        + " where event_id in (select event_id from " + entryPerson + " where record_person_id in ("
                        + in + ") or person_id in (" + in + "))",
                args.toArray());
    }

    @ResetHandler
    void reset() {
        writes.update(entryPerson, "delete from " + entryPerson);
        writes.update(entry, "delete from " + entry);
        writes.update(memberTable, "delete from " + memberTable);
        if (membersWritten != null) {
            membersWritten.clear();
        }
    }

    private void addMember(String familyId, FamilyMember member, Instant at) {
        boolean firstTime = membersWritten != null && membersWritten.add(familyId + " " + member.recordPersonId());
        writes.insert(
                memberTable,
                firstTime ? insertMember : addMember,
                familyId,
                member.recordPersonId(),
                member.personId(),
                java.sql.Timestamp.from(at));
    }
}
