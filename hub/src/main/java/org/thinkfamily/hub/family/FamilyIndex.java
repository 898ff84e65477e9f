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

import java.sql.ResultSet;
import java.sql.SQLException;

import java.time.Instant;
import java.util.Collections;
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
        return jdbc.query("select family_id, person_id, role, since, source_event_id from family_membership where person_id in ("
                + in + ") order by since, family_id", FamilyIndex::membership, query.personIds().toArray());
    }

    private List<FamilyMembership> members(String familyId) {
        return jdbc.query("select family_id, person_id, role, since, source_event_id from family_membership where family_id = ? order by since, person_id",
                FamilyIndex::membership, familyId);
    }

    private void addMember(String familyId, FamilyMember member, String sourceEventId, Instant at) {
        jdbc.update("insert into family_membership (family_id, person_id, role, since, source_event_id) values (?, ?, ?, ?, ?)",
                familyId, member.personId(), member.role().name(), java.sql.Timestamp.from(at), sourceEventId);
    }

    private static FamilyMembership membership(ResultSet rs, int row) throws SQLException {
        return new FamilyMembership(rs.getString(1), rs.getString(2), SubjectRole.valueOf(rs.getString(3)),
                rs.getTimestamp(4).toInstant(), rs.getString(5));
    }
}
