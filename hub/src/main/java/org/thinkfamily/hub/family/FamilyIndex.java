package org.thinkfamily.hub.family;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.LongSupplier;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.thinkfamily.contracts.agencyevent.AgencyEventRecorded;
import org.thinkfamily.contracts.family.FamiliesMerged;
import org.thinkfamily.contracts.family.FamilyClosed;
import org.thinkfamily.contracts.family.FamilyMember;
import org.thinkfamily.contracts.family.FamilyMemberAdded;
import org.thinkfamily.contracts.family.FamilyMembership;
import org.thinkfamily.contracts.family.FamilyMembershipEnded;
import org.thinkfamily.contracts.family.FamilyMembershipSupported;
import org.thinkfamily.contracts.family.FamilyMergedInto;
import org.thinkfamily.contracts.family.FamilyPage;
import org.thinkfamily.contracts.family.FamilyStarted;
import org.thinkfamily.contracts.family.FamilySummary;
import org.thinkfamily.contracts.family.FamilyTierDecided;
import org.thinkfamily.contracts.family.FindFamiliesOfPeople;
import org.thinkfamily.contracts.family.FindFamily;
import org.thinkfamily.contracts.family.LeadProfessionalAssigned;
import org.thinkfamily.contracts.family.ListFamilies;
import org.thinkfamily.contracts.family.MembershipBasis;
import org.thinkfamily.contracts.family.MembershipReason;
import org.thinkfamily.contracts.family.TeamMember;
import org.thinkfamily.contracts.family.TeamMemberAdded;
import org.thinkfamily.contracts.family.TeamMemberRemoved;
import org.thinkfamily.contracts.family.TierDecision;
import org.thinkfamily.contracts.person.PersonRecordsLinked;
import org.thinkfamily.contracts.person.PersonRecordsUnlinked;
import org.thinkfamily.contracts.published.canonical.SubjectRole;
import org.thinkfamily.hub.projection.PersonRecordRows;
import org.thinkfamily.hub.projection.ProcessingGroups;
import org.thinkfamily.hub.transaction.TransactionScope;

/**
 * Households and relationships, written in the same transaction as the family events (subscribing),
 * so that household composition and access decisions never read a lagging copy. Memberships are kept
 * per person record, with the person the record is read as now and every record supporting them.
 */
@Component
@ProcessingGroup(ProcessingGroups.FAMILY_INDEX)
class FamilyIndex {

    private static final BinaryOperator<Instant> LATER = BinaryOperator.maxBy(Comparator.naturalOrder());
    private static final String LEAD_PROFESSIONAL = "LEAD_PROFESSIONAL";
    private static final String CLOSED = "CLOSED";

    private static final String MEMBERSHIP =
            "select family_id, person_id, role, since, source_event_id, record_person_id, ended_at"
                    + " from family_membership";
    private static final PersonRecordRows.Table MEMBERSHIPS = PersonRecordRows.Table.of("family_membership");

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final PersonRecordRows rows;
    private final AllFamiliesCount allFamilies;

    FamilyIndex(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, PersonRecordRows rows, Clock clock) {
        this.jdbc = jdbc;
        this.named = named;
        this.rows = rows;
        this.allFamilies = new AllFamiliesCount(clock);
    }

    @EventHandler
    void on(FamilyStarted event, EventMessage<?> message) {
        jdbc.update("insert into family_record (family_id, started_at) values (?, ?)", event.familyId(), at(message));
        allFamilies.changed();
        event.members()
                .forEach(member -> addMember(event.familyId(), member, event.sourceEventId(), event.basis(), message));
    }

    @EventHandler
    void on(FamilyMemberAdded event, EventMessage<?> message) {
        addMember(event.familyId(), event.member(), event.sourceEventId(), event.basis(), message);
    }

    /** Histories from before a record carried the memberships it supports ({@code AgencyEventRecorded.supports}). */
    @EventHandler
    void on(FamilyMembershipSupported event, EventMessage<?> message) {
        event.recordPersonIds()
                .forEach(record -> reason(event.familyId(), record, event.basis(), event.sourceEventId(), message));
    }

    @EventHandler
    void on(FamilyMembershipEnded event, EventMessage<?> message) {
        event.recordPersonIds()
                .forEach(record -> jdbc.update(
                        "update family_membership set ended_at = ? where family_id = ? and record_person_id = ?",
                        at(message),
                        event.familyId(),
                        record));
    }

    @EventHandler
    void on(FamiliesMerged event, EventMessage<?> message) {
        event.members()
                .forEach(
                        member -> addMember(event.familyId(), member, null, MembershipBasis.MANAGER_DECISION, message));
    }

    /** The merged family's memberships end: its people are members of the family it was merged into. */
    @EventHandler
    void on(FamilyMergedInto event, EventMessage<?> message) {
        jdbc.update(
                "update family_record set merged_into = ? where family_id = ?", event.intoFamilyId(), event.familyId());
        allFamilies.changed();
        jdbc.update(
                "update family_membership set ended_at = ? where family_id = ? and ended_at is null",
                at(message),
                event.familyId());
    }

    @EventHandler
    void on(LeadProfessionalAssigned event, EventMessage<?> message) {
        jdbc.update(
                "update family_record set lead_professional = ?, last_activity_at = ? where family_id = ?",
                event.user(),
                at(message),
                event.familyId());
        history(event.familyId(), message, LEAD_PROFESSIONAL, event.user());
    }

    @EventHandler
    void on(FamilyTierDecided event, EventMessage<?> message) {
        jdbc.update(
                "insert into family_tier_decision (family_id, message_id, tier, reason, decided_by, decided_at) values (?, ?, ?, ?, ?, ?)",
                event.familyId(),
                message.getIdentifier(),
                event.tier(),
                event.reason(),
                event.decidedBy(),
                at(message));
        jdbc.update(
                "update family_record set closed_at = null, last_activity_at = ? where family_id = ?",
                at(message),
                event.familyId());
    }

    @EventHandler
    void on(TeamMemberAdded event, EventMessage<?> message) {
        jdbc.update(
                "insert into family_team (family_id, message_id, user_name, agency, since) values (?, ?, ?, ?, ?)",
                event.familyId(),
                message.getIdentifier(),
                event.user(),
                event.agency(),
                at(message));
        jdbc.update("update family_record set last_activity_at = ? where family_id = ?", at(message), event.familyId());
    }

    @EventHandler
    void on(TeamMemberRemoved event, EventMessage<?> message) {
        jdbc.update(
                "update family_team set until_at = ? where family_id = ? and user_name = ? and until_at is null",
                at(message),
                event.familyId(),
                event.user());
    }

    @EventHandler
    void on(FamilyClosed event, EventMessage<?> message) {
        jdbc.update(
                "update family_record set closed_at = ?, last_activity_at = ? where family_id = ?",
                at(message),
                at(message),
                event.familyId());
        history(event.familyId(), message, CLOSED, null);
    }

    private void history(String familyId, EventMessage<?> message, String kind, String user) {
        jdbc.update(
                "insert into family_history (family_id, message_id, recorded_at, kind, user_name) values (?, ?, ?, ?, ?)",
                familyId,
                message.getIdentifier(),
                at(message),
                kind,
                user);
    }

    /** The lead professional as at an instant: the last assigned by then, or null. */
    String leadProfessionalAt(String familyId, Instant at) {
        List<String> users = jdbc.queryForList(
                "select user_name from family_history where family_id = ? and kind = ? and recorded_at <= ?"
                        + " order by recorded_at desc, message_id desc",
                String.class,
                familyId,
                LEAD_PROFESSIONAL,
                Timestamp.from(at));
        return users.isEmpty() ? null : users.get(0);
    }

    /**
     * When the family was stepped down, if it was out of early help at that instant: closed by then and not
     * opened again by a tier decision since; null otherwise.
     */
    Instant closedAt(String familyId, Instant at) {
        Timestamp then = Timestamp.from(at);
        List<Timestamp> closed = jdbc.queryForList(
                "select max(recorded_at) from family_history where family_id = ? and kind = ? and recorded_at <= ?",
                Timestamp.class,
                familyId,
                CLOSED,
                then);
        if (closed.isEmpty() || closed.get(0) == null) {
            return null;
        }
        Integer reopened = jdbc.queryForObject(
                "select count(*) from family_tier_decision where family_id = ? and decided_at > ? and decided_at <= ?",
                Integer.class,
                familyId,
                closed.get(0),
                then);
        return reopened > 0 ? null : closed.get(0).toInstant();
    }

    /** A record about a member is activity of their families ("my families" lists the newest first). */
    @EventHandler
    void on(AgencyEventRecorded event, EventMessage<?> message) {
        if (event.supports() != null) {
            event.supports()
                    .recordPersonIds()
                    .forEach(record -> reason(
                            event.supports().familyId(),
                            record,
                            event.supports().basis(),
                            event.eventId(),
                            message));
        }
        Map<String, Instant> activity = pendingActivity();
        event.subjects().forEach(s -> activity.merge(s.recordPersonId(), message.getTimestamp(), LATER));
        if (!TransactionScope.active()) {
            writeActivity(activity);
        }
    }

    /**
     * The latest record about each person record in this transaction, written to their families once, just before it
     * commits: an array's hundred records then cost one read and one batch instead of a hundred updates.
     */
    private Map<String, Instant> pendingActivity() {
        if (!TransactionScope.active()) {
            return new HashMap<>();
        }
        return TransactionScope.findOrRegister(
                        PendingActivity.class,
                        pending -> pending.index() == this,
                        () -> new PendingActivity(this, new HashMap<>()))
                .latest();
    }

    private record PendingActivity(FamilyIndex index, Map<String, Instant> latest)
            implements TransactionSynchronization {
        @Override
        public void beforeCommit(boolean readOnly) {
            index.writeActivity(latest);
        }
    }

    private void writeActivity(Map<String, Instant> latestByRecord) {
        if (latestByRecord.isEmpty()) {
            return;
        }
        Map<String, Instant> latestByFamily = new HashMap<>();
        named.query(
                "select family_id, record_person_id from family_membership where record_person_id in (:records)"
                        + " and ended_at is null",
                Map.of("records", latestByRecord.keySet()),
                rs -> {
                    latestByFamily.merge(rs.getString(1), latestByRecord.get(rs.getString(2)), LATER);
                });
        List<Object[]> updates = latestByFamily.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()) // one order on every node: no deadlock between two batches
                .map(e -> new Object[] {Timestamp.from(e.getValue()), e.getKey(), Timestamp.from(e.getValue())})
                .toList();
        jdbc.batchUpdate(
                "update family_record set last_activity_at = ? where family_id = ?"
                        + " and (last_activity_at is null or last_activity_at < ?)",
                updates);
        latestByRecord.clear();
    }

    /** Families the user works with (or all, for a null user), newest activity first, one page. */
    @QueryHandler
    FamilyPage handle(ListFamilies query) {
        String where = " from family_record r where r.merged_into is null"
                + (query.user() == null
                        ? ""
                        : " and (r.lead_professional = ? or exists (select 1 from family_team t where t.family_id = r.family_id"
                                + " and t.user_name = ? and t.until_at is null))");
        Object[] who = query.user() == null ? new Object[0] : new Object[] {query.user(), query.user()};
        LongSupplier count = () -> {
            Long counted = jdbc.queryForObject("select count(*)" + where, Long.class, who);
            return counted == null ? 0 : counted;
        };
        long total = query.user() == null ? allFamilies.total(count) : count.getAsLong();
        List<Object> args = new ArrayList<>(List.of(who));
        args.add(query.size());
        args.add((long) query.page() * query.size());
        List<String> ids = jdbc.queryForList(
                "select r.family_id" + where + " order by r.last_activity_at desc, r.family_id limit ? offset ?",
                String.class,
                args.toArray());
        return new FamilyPage(summaries(ids), total);
    }

    /** The linked records' memberships are now the other person's. */
    @EventHandler
    void on(PersonRecordsLinked event) {
        rows.move(event.recordPersonIds(), event.intoPersonId(), MEMBERSHIPS);
    }

    /** ... and back again, exactly: each membership remembers the record it came from. */
    @EventHandler
    void on(PersonRecordsUnlinked event) {
        rows.move(event.recordPersonIds(), event.personId(), MEMBERSHIPS);
    }

    /**
     * Empties the index for a rebuild. Axon never resets a subscribing processor (it has no token): this runs
     * from replay-tools' {@code rebuild family-index}, which then replays the event store through these handlers.
     */
    @ResetHandler
    void reset() {
        jdbc.update("delete from family_history");
        jdbc.update("delete from family_tier_decision");
        jdbc.update("delete from family_team");
        jdbc.update("delete from family_membership_reason");
        jdbc.update("delete from family_membership");
        jdbc.update("delete from family_record");
        allFamilies.changed();
    }

    /** The family with its current members, each person once, with every reason they are there. */
    @QueryHandler
    Optional<FamilySummary> handle(FindFamily query) {
        return summaries(List.of(query.familyId())).stream().findFirst();
    }

    /**
     * Families as {@link #handle(FindFamily)} answers each, in the order asked (those unknown left out): five reads
     * for a whole page of a list, not five a family.
     */
    private List<FamilySummary> summaries(List<String> familyIds) {
        if (familyIds.isEmpty()) {
            return List.of();
        }
        Map<String, Object> ids = Map.of("ids", familyIds);
        Map<String, List<FamilyMembership>> members = membersAt(familyIds, null);
        Map<String, List<TierDecision>> tiers = new HashMap<>();
        named.query(
                "select family_id, tier, reason, decided_by, decided_at from family_tier_decision"
                        + " where family_id in (:ids) order by decided_at, message_id",
                ids,
                rs -> {
                    tiers.computeIfAbsent(rs.getString(1), f -> new ArrayList<>())
                            .add(new TierDecision(
                                    rs.getInt(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getTimestamp(5).toInstant()));
                });
        Map<String, List<TeamMember>> team = new HashMap<>();
        named.query(
                "select family_id, user_name, agency, since, until_at from family_team"
                        + " where family_id in (:ids) order by since, message_id",
                ids,
                rs -> {
                    team.computeIfAbsent(rs.getString(1), f -> new ArrayList<>())
                            .add(new TeamMember(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getTimestamp(4).toInstant(),
                                    instant(rs.getTimestamp(5))));
                });
        Map<String, FamilySummary> found = new HashMap<>();
        named.query(
                "select family_id, started_at, lead_professional, merged_into, closed_at, last_activity_at"
                        + " from family_record where family_id in (:ids)",
                ids,
                rs -> {
                    String familyId = rs.getString(1);
                    found.put(
                            familyId,
                            new FamilySummary(
                                    familyId,
                                    rs.getTimestamp(2).toInstant(),
                                    rs.getString(3),
                                    members.getOrDefault(familyId, List.of()),
                                    rs.getString(4),
                                    tiers.getOrDefault(familyId, List.of()),
                                    team.getOrDefault(familyId, List.of()),
                                    instant(rs.getTimestamp(5)),
                                    instant(rs.getTimestamp(6))));
                });
        return familyIds.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Every membership of these people, ended ones included (with {@code endedAt}), without reasons. */
    @QueryHandler
    List<FamilyMembership> handle(FindFamiliesOfPeople query) {
        if (query.personIds().isEmpty()) {
            return List.of();
        }
        return named.query(
                MEMBERSHIP + " where person_id in (:people) order by since, family_id",
                Map.of("people", query.personIds()),
                (rs, i) -> membership(rs, List.of()));
    }

    /**
     * The family's members as they were at an instant: joined by then and not yet ended (a membership a manager ended
     * later was current then), each with the reasons recorded by then; now when {@code at} is null.
     */
    List<FamilyMembership> membersAt(String familyId, Instant at) {
        return membersAt(List.of(familyId), at).getOrDefault(familyId, List.of());
    }

    /** {@link #membersAt(String, Instant)} of several families in two reads, by family. */
    private Map<String, List<FamilyMembership>> membersAt(List<String> familyIds, Instant at) {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", familyIds);
        String current = " and m.ended_at is null";
        if (at != null) {
            params.put("at", Timestamp.from(at));
            current = " and m.since <= :at and (m.ended_at is null or m.ended_at > :at)";
        }
        Map<String, Map<String, List<MembershipReason>>> reasons = new HashMap<>();
        named.query("""
                select r.family_id, m.person_id, r.basis, r.source_event_id, r.recorded_at from family_membership_reason r
                join family_membership m on m.family_id = r.family_id and m.record_person_id = r.record_person_id
                where r.family_id in (:ids)""" + current + " order by r.recorded_at, r.message_id", params, rs -> {
            reasons.computeIfAbsent(rs.getString(1), f -> new HashMap<>())
                    .computeIfAbsent(rs.getString(2), p -> new ArrayList<>())
                    .add(new MembershipReason(
                            MembershipBasis.valueOf(rs.getString(3)),
                            rs.getString(4),
                            rs.getTimestamp(5).toInstant()));
        });
        // each person once, by their first membership (a person may be in a family through several records)
        Map<String, Map<String, FamilyMembership>> byPerson = new HashMap<>();
        named.query(
                MEMBERSHIP + " m where family_id in (:ids)" + current + " order by since, person_id, record_person_id",
                params,
                rs -> {
                    String familyId = rs.getString(1);
                    byPerson.computeIfAbsent(familyId, f -> new LinkedHashMap<>())
                            .putIfAbsent(
                                    rs.getString(2),
                                    membership(
                                            rs,
                                            reasons.getOrDefault(familyId, Map.of())
                                                    .get(rs.getString(2))));
                });
        Map<String, List<FamilyMembership>> members = new HashMap<>();
        byPerson.forEach((familyId, people) -> members.put(familyId, List.copyOf(people.values())));
        return members;
    }

    private void addMember(
            String familyId,
            FamilyMember member,
            String sourceEventId,
            MembershipBasis basis,
            EventMessage<?> message) {
        int restored = jdbc.update("""
                update family_membership set ended_at = null, role = ?, person_id = ?
                where family_id = ? and record_person_id = ? and ended_at is not null""", member.role().name(), member.personId(), familyId, member.recordPersonId());
        if (restored == 0) {
            jdbc.update(
                    "insert into family_membership (family_id, record_person_id, person_id, role, since, source_event_id)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    familyId,
                    member.recordPersonId(),
                    member.personId(),
                    member.role().name(),
                    at(message),
                    sourceEventId);
        }
        reason(familyId, member.recordPersonId(), basis, sourceEventId, message);
    }

    private void reason(
            String familyId,
            String recordPersonId,
            MembershipBasis basis,
            String sourceEventId,
            EventMessage<?> message) {
        jdbc.update("""
                insert into family_membership_reason (family_id, record_person_id, message_id, basis, source_event_id, recorded_at)
                values (?, ?, ?, ?, ?, ?)""", familyId, recordPersonId, message.getIdentifier(), basis.name(), sourceEventId, at(message));
    }

    private static Timestamp at(EventMessage<?> message) {
        return Timestamp.from(message.getTimestamp());
    }

    private static FamilyMembership membership(ResultSet rs, List<MembershipReason> reasons) throws SQLException {
        Timestamp ended = rs.getTimestamp(7);
        return new FamilyMembership(
                rs.getString(1),
                rs.getString(2),
                SubjectRole.valueOf(rs.getString(3)),
                rs.getTimestamp(4).toInstant(),
                rs.getString(5),
                rs.getString(6),
                ended == null ? null : ended.toInstant(),
                reasons);
    }
}
