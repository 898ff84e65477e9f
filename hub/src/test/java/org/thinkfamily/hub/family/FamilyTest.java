package org.thinkfamily.hub.family;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thinkfamily.contracts.family.AddFamilyMember;
import org.thinkfamily.contracts.family.AssignLeadProfessional;
import org.thinkfamily.contracts.family.FamilyMember;
import org.thinkfamily.contracts.family.FamilyMemberAdded;
import org.thinkfamily.contracts.family.FamilyStarted;
import org.thinkfamily.contracts.family.LeadProfessionalAssigned;
import org.thinkfamily.contracts.family.StartFamily;

import java.util.List;

import static org.thinkfamily.contracts.canonical.SubjectRole.CHILD;
import static org.thinkfamily.contracts.canonical.SubjectRole.OTHER_PARTY;
import static org.thinkfamily.contracts.canonical.SubjectRole.PARENT_CARER;

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
}
