package org.thinkfamily.hub.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thinkfamily.contracts.agencyevent.AgencyEventRecorded;
import org.thinkfamily.contracts.agencyevent.EventNarrative;
import org.thinkfamily.contracts.agencyevent.EventSubject;
import org.thinkfamily.contracts.family.FamilyMember;
import org.thinkfamily.contracts.family.FamilyMemberAdded;
import org.thinkfamily.contracts.family.FamilyMembershipEnded;
import org.thinkfamily.contracts.family.FamilyRecord;
import org.thinkfamily.contracts.family.FamilyStarted;
import org.thinkfamily.contracts.family.FamilyTierDecided;
import org.thinkfamily.contracts.family.FindFamilyRecords;
import org.thinkfamily.contracts.person.LinkReason;
import org.thinkfamily.contracts.person.PersonRecordsLinked;
import org.thinkfamily.contracts.person.PersonRecordsUnlinked;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.LawfulBasis;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.contracts.published.canonical.Sharing;
import org.thinkfamily.contracts.published.canonical.Source;
import org.thinkfamily.contracts.published.canonical.SubjectRole;
import org.thinkfamily.hub.projection.ProjectionSavepoints;
import org.thinkfamily.hub.support.ProjectionSlice;

/**
 * The timeline on a real database (the embedded default's; {@link PostgresTimelineProjectionTest} runs the same on
 * PostgreSQL): events handed to its handlers inside a transaction, each in its savepoint, and read back the way
 * the timeline page and the Think Family view read them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineProjectionTest {

    ProjectionSlice slice;
    TimelineProjection timeline;
    TimelineQueries queries;

    ProjectionSlice open() {
        return ProjectionSlice.embedded();
    }

    @BeforeAll
    void database() {
        slice = open();
        timeline = new TimelineProjection(slice.jdbc(), slice.rows(), ProjectionSavepoints.on(slice.dataSource()));
        queries = new TimelineQueries(slice.jdbc(), slice.named());
        slice.with(timeline, new FamilyRecords(queries));
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    static AgencyEventRecorded attendance(String occurredAt, Map<String, Object> details, EventSubject... subjects) {
        return new AgencyEventRecorded(
                id(),
                new Source("bradford-teaching-hospitals", Sector.HEALTH, "ed", "MSG-" + id()),
                EventType.EMERGENCY_ATTENDANCE,
                Instant.parse(occurredAt),
                List.of(subjects),
                Sensitivity.STANDARD,
                new Sharing(LawfulBasis.SAFEGUARDING, null),
                new EventNarrative(subjects[0].personId(), "Seen in A&E", details, List.of()),
                null);
    }

    static EventSubject child(String personId) {
        return new EventSubject(personId, SubjectRole.CHILD);
    }

    String family(String... personIds) {
        String familyId = id();
        slice.handle(new FamilyStarted(
                familyId,
                java.util.Arrays.stream(personIds)
                        .map(p -> new FamilyMember(p, SubjectRole.CHILD))
                        .toList(),
                id(),
                null));
        return familyId;
    }

    List<String> entries(String familyId) {
        return queries.entries(familyId, null, null, null, null, 0, 500).rows().stream()
                .map(TimelineQueries.Row::eventId)
                .toList();
    }

    List<FamilyRecord> records(String familyId) {
        return slice.queries()
                .query(new FindFamilyRecords(familyId, null), ResponseTypes.multipleInstancesOf(FamilyRecord.class))
                .join();
    }

    @Test
    void a_record_about_a_member_is_on_the_family_timeline_with_its_details_and_people() {
        String child = id();
        String familyId = family(child);
        AgencyEventRecorded seen =
                attendance("2026-03-01T10:00:00Z", Map.of("site", "BRI", "admitted", true), child(child));
        slice.handle(seen);
        slice.handle(attendance("2026-03-02T10:00:00Z", Map.of("site", "BRI"), child(id())));

        assertThat(entries(familyId)).containsExactly(seen.eventId());
        TimelineQueries.Row row =
                queries.entries(familyId, null, null, null, null, 0, 500).rows().get(0);
        assertThat(row.summary()).isEqualTo("Seen in A&E");
        assertThat(row.sector()).isEqualTo("HEALTH");
        assertThat(row.personIds()).containsExactly(child);
        assertThat(records(familyId)).singleElement().satisfies(record -> {
            assertThat(record.details()).containsEntry("site", "BRI").containsEntry("admitted", true);
            assertThat(record.type()).isEqualTo("EMERGENCY_ATTENDANCE");
        });
    }

    @Test
    void a_decision_about_the_family_is_on_its_timeline_alone_by_the_hub() {
        String familyId = family(id());
        String other = family(id());
        EventMessage<?> decided = slice.handle(new FamilyTierDecided(familyId, 3, 2, "repeat incidents", "manager"));

        assertThat(entries(familyId)).containsExactly(decided.getIdentifier());
        assertThat(entries(other)).isEmpty();
        TimelineQueries.Row row =
                queries.entries(familyId, null, null, null, null, 0, 500).rows().get(0);
        assertThat(row.agency()).isEqualTo(TimelineProjection.DECISIONS_AGENCY);
        assertThat(row.type()).isEqualTo("TIER_DECIDED");
        assertThat(row.summary()).isEqualTo("Stepped up from tier 2 to tier 3: repeat incidents (manager)");
        assertThat(row.personIds()).isEmpty();
    }

    @Test
    void a_record_linked_into_another_person_moves_its_entries_and_an_unlink_moves_them_back_exactly() {
        String personA = id();
        String personB = id();
        String familyA = family(personA);
        String familyB = family(personB);
        AgencyEventRecorded ofA = attendance("2026-04-01T10:00:00Z", Map.of(), child(personA));
        AgencyEventRecorded ofB = attendance("2026-04-02T10:00:00Z", Map.of(), child(personB));
        slice.handle(ofA);
        slice.handle(ofB);
        var before = List.of(
                queries.entries(familyA, null, null, null, null, 0, 500).rows(),
                queries.entries(familyB, null, null, null, null, 0, 500).rows());

        slice.handle(new PersonRecordsLinked(
                personB, personA, List.of(personB), LinkReason.MANAGER_DECISION, null, null, null, null));
        assertThat(entries(familyA)).containsExactly(ofA.eventId(), ofB.eventId());
        assertThat(queries.entries(familyA, null, null, null, null, 0, 500).rows())
                .allSatisfy(row -> assertThat(row.personIds()).containsExactly(personA));

        slice.handle(new PersonRecordsUnlinked(personB, personA, List.of(personB)));
        assertThat(List.of(
                        queries.entries(familyA, null, null, null, null, 0, 500).rows(),
                        queries.entries(familyB, null, null, null, null, 0, 500).rows()))
                .isEqualTo(before);
    }

    @Test
    void a_member_who_left_keeps_their_earlier_records_on_the_family_timeline_but_not_later_ones() {
        String mother = id();
        String child = id();
        String familyId = family(mother, child);
        AgencyEventRecorded earlier = attendance("2025-12-01T10:00:00Z", Map.of(), child(child));
        slice.handle(earlier);
        slice.handle(new FamilyMembershipEnded(familyId, child, List.of(child)));
        slice.handle(attendance(slice.now().plusSeconds(60).toString(), Map.of(), child(child)));

        assertThat(entries(familyId)).containsExactly(earlier.eventId());
    }

    @Test
    void a_member_who_joins_again_has_their_later_records_back_on_the_family_timeline() {
        String mother = id();
        String child = id();
        String familyId = family(mother, child);
        slice.handle(new FamilyMembershipEnded(familyId, child, List.of(child)));
        AgencyEventRecorded whileAway = attendance(slice.now().plusSeconds(60).toString(), Map.of(), child(child));
        slice.handle(whileAway);
        assertThat(entries(familyId)).isEmpty();

        slice.handle(new FamilyMemberAdded(familyId, new FamilyMember(child, SubjectRole.CHILD), null, null));
        assertThat(entries(familyId)).containsExactly(whileAway.eventId());
        assertThat(slice.jdbc()
                        .queryForList(
                                "select person_id from timeline_member where family_id = ? and record_person_id = ?",
                                String.class,
                                familyId,
                                child))
                .as("one membership row, as before the record left")
                .containsExactly(child);
    }

    @Test
    void the_timeline_as_at_a_moment_shows_only_what_was_recorded_by_then() {
        String child = id();
        String familyId = family(child);
        AgencyEventRecorded first = attendance("2026-06-10T10:00:00Z", Map.of(), child(child));
        slice.handle(first);
        Instant between = slice.now();
        slice.handle(attendance("2026-06-01T10:00:00Z", Map.of(), child(child)));

        assertThat(entries(familyId)).hasSize(2).last().isEqualTo(first.eventId());
        assertThat(queries.entries(familyId, null, null, null, between, 0, 500).rows())
                .extracting(TimelineQueries.Row::eventId)
                .containsExactly(first.eventId());
    }

    @Test
    void replaying_the_same_events_after_a_reset_gives_the_same_timeline_and_a_repeat_adds_no_row() {
        String mother = id();
        String child = id();
        List<EventMessage<?>> history = new ArrayList<>();
        String familyId = id();
        history.add(slice.message(new FamilyStarted(
                familyId,
                List.of(new FamilyMember(mother, SubjectRole.PARENT_CARER), new FamilyMember(child, SubjectRole.CHILD)),
                id(),
                null)));
        history.add(
                slice.message(attendance("2026-07-01T10:00:00Z", Map.of("site", "BRI"), child(child), child(mother))));
        history.add(slice.message(new FamilyTierDecided(familyId, 2, null, "first look", "manager")));
        history.forEach(slice::deliver);
        var before = List.of(
                queries.entries(familyId, null, null, null, null, 0, 500).rows(), records(familyId));

        assertThatThrownBy(() -> slice.deliver(history.get(1))).as("the same event twice is refused by its key");
        assertThat(queries.entries(familyId, null, null, null, null, 0, 500).rows())
                .isEqualTo(before.get(0));

        slice.reset(timeline);
        assertThat(slice.jdbc().queryForObject("select count(*) from timeline_entry", Long.class))
                .isZero();
        history.forEach(slice::deliver);
        assertThat(List.of(
                        queries.entries(familyId, null, null, null, null, 0, 500)
                                .rows(),
                        records(familyId)))
                .isEqualTo(before);
    }
}
