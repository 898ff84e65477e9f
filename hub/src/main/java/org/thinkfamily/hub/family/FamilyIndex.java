package org.thinkfamily.hub.family;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.canonical.SubjectRole;
import org.thinkfamily.contracts.family.FamilyMember;
import org.thinkfamily.contracts.family.FamilyMemberAdded;
import org.thinkfamily.contracts.family.FamilyMembership;
import org.thinkfamily.contracts.family.FamilyStarted;
import org.thinkfamily.contracts.family.FamilySummary;
import org.thinkfamily.contracts.family.FindFamiliesOfPeople;
import org.thinkfamily.contracts.family.FindFamily;
import org.thinkfamily.contracts.family.LeadProfessionalAssigned;
import org.thinkfamily.contracts.person.PersonRecordsLinked;
import org.thinkfamily.contracts.person.PersonRecordsUnlinked;

import java.sql.ResultSet;
import java.sql.SQLException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * Households and relationships, written in the same transaction as the family events (subscribing),
 * so that household composition and access decisions never read a lagging copy.
 */
@Component
@ProcessingGroup(FamilyIndex.GROUP)
class FamilyIndex {

    static final String GROUP = "family-index";

    private final JdbcTemplate jdbc;

    FamilyIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FamilyStarted event, @Timestamp Instant at) {
        jdbc.update("insert into family_record (family_id, started_at) values (?, ?)", event.familyId(), java.sql.Timestamp.from(at));
        event.members().forEach(member -> addMember(event.familyId(), member, event.sourceEventId(), at));
    }

    @EventHandler
    void on(FamilyMemberAdded event, @Timestamp Instant at) {
        addMember(event.familyId(), event.member(), event.sourceEventId(), at);
    }

    @EventHandler
    void on(LeadProfessionalAssigned event) {
        jdbc.update("update family_record set lead_professional = ? where family_id = ?", event.user(), event.familyId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from family_membership");
        jdbc.update("delete from family_record");
    }

    @QueryHandler
    Optional<FamilySummary> handle(FindFamily query) {
        List<FamilySummary> found = jdbc.query("select family_id, started_at, lead_professional from family_record where family_id = ?",
                (rs, i) -> new FamilySummary(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        members(rs.getString(1))), query.familyId());
        return found.stream().findFirst();
    }

    @QueryHandler
    List<FamilyMembership> handle(FindFamiliesOfPeople query) {
        if (query.personIds().isEmpty()) {
            return List.of();
        }
        String in = String.join(",", Collections.nCopies(query.personIds().size(), "?"));
        return jdbc.query("select family_id, person_id, role, since, source_event_id, record_person_id from family_membership"
                + " where person_id in (" + in + ") order by since, family_id", FamilyIndex::membership, query.personIds().toArray());
    }

    /** Each person once, by their earliest membership, however many of their records the family holds. */
    private List<FamilyMembership> members(String familyId) {
        Map<String, FamilyMembership> byPerson = new LinkedHashMap<>();
        jdbc.query("select family_id, person_id, role, since, source_event_id, record_person_id from family_membership"
                        + " where family_id = ? order by since, person_id, record_person_id",
                FamilyIndex::membership, familyId).forEach(m -> byPerson.putIfAbsent(m.personId(), m));
        return List.copyOf(byPerson.values());
    }

    /** The linked records' memberships are now the other person's. */
    @EventHandler
    void on(PersonRecordsLinked event) {
        move(event.recordPersonIds(), event.intoPersonId());
    }

    /** ... and back again, exactly: each membership remembers the record it came from. */
    @EventHandler
    void on(PersonRecordsUnlinked event) {
        move(event.recordPersonIds(), event.personId());
    }

    private void move(List<String> recordPersonIds, String personId) {
        List<Object> args = new ArrayList<>();
        args.add(personId);
        args.addAll(recordPersonIds);
        jdbc.update("update family_membership set person_id = ? where record_person_id in ("
                + String.join(",", Collections.nCopies(recordPersonIds.size(), "?")) + ")", args.toArray());
    }

    private void addMember(String familyId, FamilyMember member, String sourceEventId, Instant at) {
        jdbc.update("insert into family_membership (family_id, record_person_id, person_id, role, since, source_event_id)"
                        + " values (?, ?, ?, ?, ?, ?)",
                familyId, member.recordPersonId(), member.personId(), member.role().name(), java.sql.Timestamp.from(at), sourceEventId);
    }

    private static FamilyMembership membership(ResultSet rs, int row) throws SQLException {
        return new FamilyMembership(rs.getString(1), rs.getString(2), SubjectRole.valueOf(rs.getString(3)),
                rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6));
    }
}
