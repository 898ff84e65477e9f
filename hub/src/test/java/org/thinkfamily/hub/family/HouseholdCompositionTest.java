package org.thinkfamily.hub.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.thinkfamily.contracts.agencyevent.AgencyEventRecorded;
import org.thinkfamily.contracts.family.AddFamilyMember;
import org.thinkfamily.contracts.family.FamilyMember;
import org.thinkfamily.contracts.family.FamilyMemberAdded;
import org.thinkfamily.contracts.family.FamilyMembership;
import org.thinkfamily.contracts.family.FamilyMembershipEnded;
import org.thinkfamily.contracts.family.FamilyStarted;
import org.thinkfamily.contracts.family.FamilySummary;
import org.thinkfamily.contracts.family.FindFamily;
import org.thinkfamily.contracts.family.MembershipBasis;
import org.thinkfamily.contracts.family.StartFamily;
import org.thinkfamily.contracts.family.SupportedMemberships;
import org.thinkfamily.contracts.person.PersonDetails;
import org.thinkfamily.contracts.person.PersonRegistered;
import org.thinkfamily.contracts.published.canonical.Address;
import org.thinkfamily.contracts.published.canonical.SubjectRole;
import org.thinkfamily.hub.identity.IdentityProjections;
import org.thinkfamily.hub.support.ProjectionSlice;
import org.thinkfamily.hub.support.TestIdentifiers;

/**
 * Household composition against the family index and the identity index on a real database
 * ({@link PostgresHouseholdCompositionTest} runs the same on PostgreSQL). The family commands it sends are recorded,
 * and the events the family aggregate applies for them handed to the index, so each record sees the families the
 * records before it made.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HouseholdCompositionTest {

    ProjectionSlice slice;
    HouseholdComposition composition;

    ProjectionSlice open() {
        return ProjectionSlice.embedded();
    }

    @BeforeAll
    void database() {
        slice = open();
        FamilyIndex families = new FamilyIndex(slice.jdbc(), slice.named(), slice.rows(), Clock.systemUTC());
        slice.with(families)
                .with(IdentityProjections.on(slice.jdbc()).toArray())
                .applying(
                        StartFamily.class,
                        c -> new FamilyStarted(c.familyId(), c.members(), c.sourceEventId(), c.basis()))
                .applying(
                        AddFamilyMember.class,
                        c -> new FamilyMemberAdded(c.familyId(), c.member(), c.sourceEventId(), c.basis()));
        composition = new HouseholdComposition(slice.commands(), slice.queries(), families);
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    /** A person the identity index knows, living at the property. */
    String person(String uprn) {
        String personId = id();
        slice.handle(new PersonRegistered(
                personId,
                List.of(),
                new PersonDetails(personId, null, null, null, new Address(uprn, null, null)),
                id()));
        return personId;
    }

    /** Composes the household and records the record, which carries the memberships it supports. */
    String compose(Set<String> uprns, MembershipBasis basis, FamilyMember... household) {
        String eventId = id();
        SupportedMemberships supported = slice.inTransaction(
                () -> composition.compose(List.of(household), uprns, basis, eventId, MetaData.emptyInstance()));
        lastSupported = supported;
        slice.handle(new AgencyEventRecorded(eventId, null, null, null, List.of(), null, null, null, supported));
        return supported == null ? null : supported.familyId();
    }

    SupportedMemberships lastSupported;

    FamilySummary family(String familyId) {
        return slice.queries()
                .query(new FindFamily(familyId), ResponseTypes.optionalInstanceOf(FamilySummary.class))
                .join()
                .orElseThrow();
    }

    List<String> reasons(FamilySummary family, String personId) {
        return family.members().stream()
                .filter(m -> m.personId().equals(personId))
                .flatMap(m -> m.reasons().stream())
                .map(r -> r.basis().name())
                .toList();
    }

    static FamilyMember child(String personId) {
        return new FamilyMember(personId, SubjectRole.CHILD);
    }

    static FamilyMember parent(String personId) {
        return new FamilyMember(personId, SubjectRole.PARENT_CARER);
    }

    @Test
    void people_named_together_with_no_family_start_one() {
        String mother = person(null);
        String child = person(null);
        String familyId = compose(Set.of(), MembershipBasis.NAMED_TOGETHER, parent(mother), child(child));

        assertThat(family(familyId).members())
                .extracting(FamilyMembership::personId)
                .containsExactlyInAnyOrder(mother, child);
        assertThat(reasons(family(familyId), child)).containsExactly("NAMED_TOGETHER");
        assertThat(compose(Set.of(), MembershipBasis.NAMED_TOGETHER))
                .as("no household, no family")
                .isNull();
    }

    @Test
    void a_person_at_the_property_of_one_family_joins_it_for_the_same_address() {
        String uprn = TestIdentifiers.uprn();
        String sister = person(uprn);
        String familyId = compose(Set.of(uprn), MembershipBasis.NAMED_TOGETHER, child(sister));
        String baby = person(uprn);

        assertThat(compose(Set.of(uprn), MembershipBasis.NAMED_TOGETHER, child(baby)))
                .isEqualTo(familyId);
        assertThat(family(familyId).members())
                .extracting(FamilyMembership::personId)
                .containsExactlyInAnyOrder(sister, baby);
        assertThat(reasons(family(familyId), baby)).containsExactly("SAME_ADDRESS");
    }

    @Test
    void a_property_where_two_families_live_decides_nothing_and_a_new_family_starts() {
        String uprn = TestIdentifiers.uprn();
        String one = compose(Set.of(uprn), MembershipBasis.NAMED_TOGETHER, child(person(uprn)));
        String two = compose(Set.of(), MembershipBasis.NAMED_TOGETHER, child(person(uprn)));
        assertThat(two).isNotEqualTo(one);

        String third = compose(Set.of(uprn), MembershipBasis.NAMED_TOGETHER, child(person(uprn)));
        assertThat(third).isNotIn(one, two);
    }

    @Test
    void members_named_together_again_are_supported_and_one_whose_membership_a_manager_ended_is_not_put_back() {
        String mother = person(null);
        String child = person(null);
        String familyId = compose(Set.of(), MembershipBasis.NAMED_TOGETHER, parent(mother), child(child));

        assertThat(compose(Set.of(), MembershipBasis.RELATIONSHIP_RECORDED, parent(mother), child(child)))
                .isEqualTo(familyId);
        assertThat(reasons(family(familyId), child)).containsExactly("NAMED_TOGETHER", "RELATIONSHIP_RECORDED");
        assertThat(lastSupported.recordPersonIds()).containsExactlyInAnyOrder(mother, child);

        slice.handle(new FamilyMembershipEnded(familyId, child, List.of(child)));
        assertThat(compose(Set.of(), MembershipBasis.NAMED_TOGETHER, parent(mother), child(child)))
                .isEqualTo(familyId);
        assertThat(family(familyId).members())
                .extracting(FamilyMembership::personId)
                .containsExactly(mother);
    }
}
