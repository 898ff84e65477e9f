package org.thinkfamily.hub.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thinkfamily.contracts.agencyevent.AgencyEventRecorded;
import org.thinkfamily.contracts.agencyevent.EventSubject;
import org.thinkfamily.contracts.family.FamiliesMerged;
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
import org.thinkfamily.contracts.family.TeamMemberAdded;
import org.thinkfamily.contracts.person.LinkReason;
import org.thinkfamily.contracts.person.PersonRecordsLinked;
import org.thinkfamily.contracts.person.PersonRecordsUnlinked;
import org.thinkfamily.contracts.published.canonical.SubjectRole;
import org.thinkfamily.hub.support.ProjectionSlice;

/**
 * The family index on a real database (the embedded default's; {@link PostgresFamilyIndexTest} runs the same on
 * PostgreSQL): family events handed to its handlers, its answers read through the query gateway.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamilyIndexTest {

    ProjectionSlice slice;
    FamilyIndex index;

    ProjectionSlice open() {
        return ProjectionSlice.embedded();
    }

    @BeforeAll
    void database() {
        slice = open();
        index = new FamilyIndex(slice.jdbc(), slice.named(), slice.rows(), Clock.systemUTC());
        slice.with(index);
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    FamilySummary family(String familyId) {
        return slice.queries()
                .query(new FindFamily(familyId), ResponseTypes.optionalInstanceOf(FamilySummary.class))
                .join()
                .orElseThrow();
    }

    List<FamilyMembership> familiesOf(String... personIds) {
        return slice.queries()
                .query(
                        new FindFamiliesOfPeople(List.of(personIds)),
                        ResponseTypes.multipleInstancesOf(FamilyMembership.class))
                .join();
    }

    @Test
    void a_started_family_answers_its_members_with_why_they_are_there() {
        String familyId = id();
        String mother = id();
        String child = id();
        String record = id();
        slice.handle(new FamilyStarted(
                familyId,
                List.of(new FamilyMember(mother, SubjectRole.PARENT_CARER), new FamilyMember(child, SubjectRole.CHILD)),
                record,
                MembershipBasis.NAMED_TOGETHER));
        String relationship = id();
        slice.handle(new FamilyMembershipSupported(
                familyId, List.of(child), relationship, MembershipBasis.RELATIONSHIP_RECORDED));

        FamilySummary family = family(familyId);
        assertThat(family.members()).extracting(FamilyMembership::personId).containsExactlyInAnyOrder(mother, child);
        FamilyMembership ofChild = family.members().stream()
                .filter(m -> m.personId().equals(child))
                .findFirst()
                .orElseThrow();
        assertThat(ofChild.role()).isEqualTo(SubjectRole.CHILD);
        assertThat(ofChild.reasons())
                .extracting(r -> r.basis() + " " + r.sourceEventId())
                .containsExactly("NAMED_TOGETHER " + record, "RELATIONSHIP_RECORDED " + relationship);
        assertThat(familiesOf(child)).extracting(FamilyMembership::familyId).containsExactly(familyId);
        assertThat(slice.queries()
                        .query(new FindFamily(id()), ResponseTypes.optionalInstanceOf(FamilySummary.class))
                        .join())
                .isEmpty();
    }

    @Test
    void a_record_linked_into_another_person_takes_its_memberships_along_and_an_unlink_brings_them_back() {
        String familyA = id();
        String familyB = id();
        String personA = id();
        String personB = id();
        slice.handle(new FamilyStarted(familyA, List.of(new FamilyMember(personA, SubjectRole.CHILD)), id(), null));
        slice.handle(new FamilyStarted(familyB, List.of(new FamilyMember(personB, SubjectRole.CHILD)), id(), null));
        FamilySummary before = family(familyB);

        slice.handle(new PersonRecordsLinked(
                personB, personA, List.of(personB), LinkReason.MANAGER_DECISION, null, null, null, null));
        assertThat(family(familyB).members()).singleElement().satisfies(m -> {
            assertThat(m.personId()).isEqualTo(personA);
            assertThat(m.recordPersonId()).isEqualTo(personB);
        });
        assertThat(familiesOf(personA))
                .extracting(FamilyMembership::familyId)
                .containsExactlyInAnyOrder(familyA, familyB);
        assertThat(familiesOf(personB)).isEmpty();

        slice.handle(new PersonRecordsUnlinked(personB, personA, List.of(personB)));
        assertThat(family(familyB)).isEqualTo(before);
        assertThat(familiesOf(personA)).extracting(FamilyMembership::familyId).containsExactly(familyA);
        assertThat(familiesOf(personB)).extracting(FamilyMembership::familyId).containsExactly(familyB);
    }

    @Test
    void an_ended_membership_leaves_the_family_but_is_still_answered_and_a_manager_can_add_the_person_again() {
        String familyId = id();
        String mother = id();
        String child = id();
        slice.handle(new FamilyStarted(
                familyId,
                List.of(new FamilyMember(mother, SubjectRole.PARENT_CARER), new FamilyMember(child, SubjectRole.CHILD)),
                id(),
                null));
        slice.handle(new FamilyMembershipEnded(familyId, child, List.of(child)));

        assertThat(family(familyId).members())
                .extracting(FamilyMembership::personId)
                .containsExactly(mother);
        assertThat(familiesOf(child)).singleElement().satisfies(m -> {
            assertThat(m.isActive()).isFalse();
            assertThat(m.endedAt()).isEqualTo(slice.now());
        });

        slice.handle(new FamilyMemberAdded(
                familyId, new FamilyMember(child, SubjectRole.CHILD), null, MembershipBasis.MANAGER_DECISION));
        assertThat(familiesOf(child))
                .singleElement()
                .satisfies(m -> assertThat(m.isActive()).isTrue());
        assertThat(family(familyId).members())
                .extracting(FamilyMembership::personId)
                .containsExactlyInAnyOrder(mother, child);
    }

    @Test
    void a_family_merged_into_another_ends_its_memberships_and_names_where_they_went() {
        String kept = id();
        String merged = id();
        String child = id();
        slice.handle(new FamilyStarted(kept, List.of(new FamilyMember(id(), SubjectRole.PARENT_CARER)), id(), null));
        slice.handle(new FamilyStarted(merged, List.of(new FamilyMember(child, SubjectRole.CHILD)), id(), null));
        slice.handle(new FamiliesMerged(kept, merged, List.of(new FamilyMember(child, SubjectRole.CHILD))));
        slice.handle(new FamilyMergedInto(merged, kept));

        assertThat(family(merged).mergedInto()).isEqualTo(kept);
        assertThat(family(merged).members()).isEmpty();
        assertThat(family(kept).members()).hasSize(2);
        assertThat(familiesOf(child))
                .filteredOn(FamilyMembership::isActive)
                .extracting(FamilyMembership::familyId)
                .containsExactly(kept);
    }

    @Test
    void a_user_lists_the_families_they_lead_or_work_with_newest_activity_first() {
        String user = "lead-" + id().substring(0, 8);
        String led = id();
        String teamed = id();
        String ledChild = id();
        slice.handle(new FamilyStarted(led, List.of(new FamilyMember(ledChild, SubjectRole.CHILD)), id(), null));
        slice.handle(new FamilyStarted(teamed, List.of(new FamilyMember(id(), SubjectRole.CHILD)), id(), null));
        slice.handle(new LeadProfessionalAssigned(led, user, null));
        slice.handle(new TeamMemberAdded(teamed, user, "bradford-school", "manager"));
        slice.handle(new FamilyTierDecided(teamed, 3, null, "needs across the family", "manager"));

        FamilyPage page = slice.queries()
                .query(new ListFamilies(user, 0, 10), ResponseTypes.instanceOf(FamilyPage.class))
                .join();
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.families()).extracting(FamilySummary::familyId).containsExactly(teamed, led);
        assertThat(page.families().get(1).leadProfessional()).isEqualTo(user);
        assertThat(page.families().get(0).onTeam(user)).isTrue();
        // a page is read for all its families at once: each keeps its own members, reasons, tiers and team
        assertThat(page.families().get(1).members()).singleElement().satisfies(m -> {
            assertThat(m.personId()).isEqualTo(ledChild);
            assertThat(m.reasons()).isNotEmpty();
        });
        assertThat(page.families().get(1).tiers()).isEmpty();
        assertThat(page.families().get(1).team()).isEmpty();
        assertThat(page.families().get(0).members())
                .singleElement()
                .extracting(FamilyMembership::personId)
                .isNotEqualTo(ledChild);
        assertThat(page.families().get(0).tierAt(null)).isEqualTo(3);
        assertThat(page.families()).containsExactly(family(teamed), family(led));

        // a record about the led family's child is its newest activity (written once, as the record's transaction
        // commits)
        slice.handle(new AgencyEventRecorded(
                id(),
                null,
                null,
                null,
                List.of(new EventSubject(ledChild, SubjectRole.CHILD)),
                null,
                null,
                null,
                null));
        assertThat(slice.queries()
                        .query(new ListFamilies(user, 0, 10), ResponseTypes.instanceOf(FamilyPage.class))
                        .join()
                        .families())
                .extracting(FamilySummary::familyId)
                .containsExactly(led, teamed);
    }

    @Test
    void a_managers_list_counts_a_family_started_on_this_node_at_once() {
        long before = total();
        slice.handle(new FamilyStarted(id(), List.of(new FamilyMember(id(), SubjectRole.CHILD)), id(), null));
        assertThat(total()).isEqualTo(before + 1);
    }

    long total() {
        return slice.queries()
                .query(new ListFamilies(null, 0, 1), ResponseTypes.instanceOf(FamilyPage.class))
                .join()
                .total();
    }

    @Test
    void a_reset_empties_the_index_for_a_replay() {
        String familyId = id();
        slice.handle(new FamilyStarted(familyId, List.of(new FamilyMember(id(), SubjectRole.CHILD)), id(), null));
        slice.reset(index);
        assertThat(slice.queries()
                        .query(new FindFamily(familyId), ResponseTypes.optionalInstanceOf(FamilySummary.class))
                        .join())
                .isEqualTo(Optional.empty());
    }
}
