package org.thinkfamily.hub.family;

import static org.thinkfamily.contracts.published.canonical.SubjectRole.CHILD;
import static org.thinkfamily.contracts.published.canonical.SubjectRole.OTHER_PARTY;
import static org.thinkfamily.contracts.published.canonical.SubjectRole.PARENT_CARER;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thinkfamily.contracts.family.AddFamilyMember;
import org.thinkfamily.contracts.family.AssignLeadProfessional;
import org.thinkfamily.contracts.family.EndFamilyMembership;
import org.thinkfamily.contracts.family.FamiliesMerged;
import org.thinkfamily.contracts.family.FamilyMember;
import org.thinkfamily.contracts.family.FamilyMemberAdded;
import org.thinkfamily.contracts.family.FamilyMembershipEnded;
import org.thinkfamily.contracts.family.FamilyMergedInto;
import org.thinkfamily.contracts.family.FamilyStarted;
import org.thinkfamily.contracts.family.LeadProfessionalAssigned;
import org.thinkfamily.contracts.family.MembershipBasis;
import org.thinkfamily.contracts.family.MergeFamilies;
import org.thinkfamily.contracts.family.StartFamily;
import org.thinkfamily.hub.problem.Refused;

class FamilyTest {

    private static final FamilyMember MOTHER = new FamilyMember("mother", PARENT_CARER);
    private static final FamilyMember CHILD_ = new FamilyMember("child", CHILD);

    private AggregateTestFixture<Family> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Family.class);
    }

    @Test
    void starts_with_the_household_named_together() {
        fixture.givenNoPriorActivity()
                .when(new StartFamily("f1", List.of(MOTHER, CHILD_), "e1"))
                .expectEvents(new FamilyStarted("f1", List.of(MOTHER, CHILD_), "e1"));
    }

    @Test
    void does_not_start_empty() {
        fixture.givenNoPriorActivity()
                .when(new StartFamily("f1", List.of(), "e1"))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void an_other_party_joins_no_family() {
        fixture.givenNoPriorActivity()
                .when(new StartFamily("f1", List.of(new FamilyMember("witness", OTHER_PARTY)), "e1"))
                .expectException(IllegalArgumentException.class);
        fixture.given(new FamilyStarted("f1", List.of(MOTHER), "e1"))
                .when(new AddFamilyMember("f1", new FamilyMember("witness", OTHER_PARTY), "e2"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void does_not_name_one_person_twice() {
        fixture.givenNoPriorActivity()
                .when(new StartFamily("f1", List.of(MOTHER, MOTHER), "e1"))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void adds_a_member() {
        fixture.given(new FamilyStarted("f1", List.of(MOTHER), "e1"))
                .when(new AddFamilyMember("f1", CHILD_, "e2"))
                .expectEvents(new FamilyMemberAdded("f1", CHILD_, "e2"));
    }

    @Test
    void a_member_already_there_changes_nothing() {
        fixture.given(new FamilyStarted("f1", List.of(MOTHER, CHILD_), "e1"))
                .when(new AddFamilyMember("f1", CHILD_, "e2"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void assigns_a_lead_professional_and_remembers_the_previous_one() {
        fixture.given(new FamilyStarted("f1", List.of(MOTHER), "e1"), new LeadProfessionalAssigned("f1", "lead", null))
                .when(new AssignLeadProfessional("f1", "other-lead"))
                .expectEvents(new LeadProfessionalAssigned("f1", "other-lead", "lead"));
    }

    @Test
    void assigning_the_same_lead_professional_again_changes_nothing() {
        fixture.given(new FamilyStarted("f1", List.of(MOTHER), "e1"), new LeadProfessionalAssigned("f1", "lead", null))
                .when(new AssignLeadProfessional("f1", "lead"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_membership_a_manager_ended_is_not_restored_by_a_record_only_by_a_manager() {
        fixture.given(
                        new FamilyStarted("f1", List.of(MOTHER, CHILD_), "e1"),
                        new FamilyMembershipEnded("f1", "child", List.of("child")))
                .when(new AddFamilyMember("f1", CHILD_, "e2"))
                .expectNoEvents();
        fixture.given(
                        new FamilyStarted("f1", List.of(MOTHER, CHILD_), "e1"),
                        new FamilyMembershipEnded("f1", "child", List.of("child")))
                .when(new AddFamilyMember("f1", CHILD_, null, MembershipBasis.MANAGER_DECISION))
                .expectEvents(new FamilyMemberAdded("f1", CHILD_, null, MembershipBasis.MANAGER_DECISION));
    }

    @Test
    void a_manager_adding_a_current_member_is_refused() {
        fixture.given(new FamilyStarted("f1", List.of(MOTHER, CHILD_), "e1"))
                .when(new AddFamilyMember("f1", CHILD_, null, MembershipBasis.MANAGER_DECISION))
                .expectException(Refused.class)
                .expectExceptionMessage("person child is a member of family f1 already")
                .expectNoEvents();
    }

    @Test
    void ends_a_membership_of_a_current_member_only() {
        fixture.given(new FamilyStarted("f1", List.of(MOTHER, CHILD_), "e1"))
                .when(new EndFamilyMembership("f1", "child", List.of("child")))
                .expectEvents(new FamilyMembershipEnded("f1", "child", List.of("child")));
        fixture.given(new FamilyStarted("f1", List.of(MOTHER), "e1"))
                .when(new EndFamilyMembership("f1", "child", List.of("child")))
                .expectException(IllegalStateException.class);
    }

    @Test
    void a_merge_takes_the_other_familys_members_not_yet_here_and_a_merged_family_takes_no_one() {
        FamilyMember father = new FamilyMember("father", PARENT_CARER);
        fixture.given(new FamilyStarted("f1", List.of(MOTHER, CHILD_), "e1"))
                .when(new MergeFamilies("f1", "f2", List.of(CHILD_, father)))
                .expectEvents(new FamiliesMerged("f1", "f2", List.of(father)));
        new AggregateTestFixture<>(Family.class)
                .given(new FamilyStarted("f2", List.of(father), "e1"), new FamilyMergedInto("f2", "f1"))
                .when(new AddFamilyMember("f2", CHILD_, "e2"))
                .expectException(IllegalStateException.class);
        new AggregateTestFixture<>(Family.class)
                .given(new FamilyStarted("f1", List.of(MOTHER), "e1"))
                .when(new MergeFamilies("f1", "f1", List.of()))
                .expectException(IllegalArgumentException.class);
    }
}
