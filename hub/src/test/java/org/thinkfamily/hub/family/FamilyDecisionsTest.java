package org.thinkfamily.hub.family;

import static org.thinkfamily.contracts.published.canonical.SubjectRole.CHILD;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thinkfamily.contracts.family.AddTeamMember;
import org.thinkfamily.contracts.family.CloseFamily;
import org.thinkfamily.contracts.family.DecideTier;
import org.thinkfamily.contracts.family.FamilyClosed;
import org.thinkfamily.contracts.family.FamilyMember;
import org.thinkfamily.contracts.family.FamilyMergedInto;
import org.thinkfamily.contracts.family.FamilyStarted;
import org.thinkfamily.contracts.family.FamilyTierDecided;
import org.thinkfamily.contracts.family.RemoveTeamMember;
import org.thinkfamily.contracts.family.TeamMemberAdded;
import org.thinkfamily.contracts.family.TeamMemberRemoved;

/** Tiers, the team around the family and closing: recorded decisions, each with its author and reason. */
class FamilyDecisionsTest {

    private static final FamilyStarted STARTED =
            new FamilyStarted("f1", List.of(new FamilyMember("child", CHILD)), "e1");

    private AggregateTestFixture<Family> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Family.class);
    }

    @Test
    void a_first_tier_decision_and_a_step_up_say_where_from() {
        fixture.given(STARTED)
                .when(new DecideTier("f1", 2, " repeat contacts from school ", "manager"))
                .expectEvents(new FamilyTierDecided("f1", 2, null, "repeat contacts from school", "manager"));
        fixture.given(STARTED, new FamilyTierDecided("f1", 2, null, "first", "manager"))
                .when(new DecideTier("f1", 3, "several agencies now involved", "manager"))
                .expectEvents(new FamilyTierDecided("f1", 3, 2, "several agencies now involved", "manager"));
    }

    @Test
    void a_tier_decision_needs_a_tier_from_1_to_4_and_a_reason_and_a_change() {
        fixture.given(STARTED)
                .when(new DecideTier("f1", 5, "why", "manager"))
                .expectException(IllegalArgumentException.class);
        fixture.given(STARTED)
                .when(new DecideTier("f1", 0, "why", "manager"))
                .expectException(IllegalArgumentException.class);
        fixture.given(STARTED)
                .when(new DecideTier("f1", 2, " ", "manager"))
                .expectException(IllegalArgumentException.class);
        fixture.given(STARTED, new FamilyTierDecided("f1", 2, null, "first", "manager"))
                .when(new DecideTier("f1", 2, "again", "manager"))
                .expectException(IllegalStateException.class);
    }

    @Test
    void a_merged_family_takes_no_decisions() {
        fixture.given(STARTED, new FamilyMergedInto("f1", "f2"))
                .when(new DecideTier("f1", 2, "why", "manager"))
                .expectException(IllegalStateException.class);
    }

    @Test
    void the_team_takes_a_practitioner_once_and_lets_them_go_once() {
        fixture.given(STARTED)
                .when(new AddTeamMember("f1", "dsl", "bradford-school", "lead"))
                .expectEvents(new TeamMemberAdded("f1", "dsl", "bradford-school", "lead"));
        fixture.given(STARTED, new TeamMemberAdded("f1", "dsl", "bradford-school", "lead"))
                .when(new AddTeamMember("f1", "dsl", "bradford-school", "manager"))
                .expectException(IllegalStateException.class);
        fixture.given(STARTED, new TeamMemberAdded("f1", "dsl", "bradford-school", "lead"))
                .when(new RemoveTeamMember("f1", "dsl", "lead"))
                .expectEvents(new TeamMemberRemoved("f1", "dsl", "lead"));
        fixture.given(
                        STARTED,
                        new TeamMemberAdded("f1", "dsl", "bradford-school", "lead"),
                        new TeamMemberRemoved("f1", "dsl", "lead"))
                .when(new RemoveTeamMember("f1", "dsl", "lead"))
                .expectException(IllegalStateException.class);
    }

    @Test
    void closing_needs_a_reason_happens_once_and_a_tier_decision_reopens() {
        fixture.given(STARTED)
                .when(new CloseFamily("f1", "", "manager"))
                .expectException(IllegalArgumentException.class);
        fixture.given(STARTED, new FamilyTierDecided("f1", 2, null, "first", "manager"))
                .when(new CloseFamily("f1", "goals met", "manager"))
                .expectEvents(new FamilyClosed("f1", "goals met", "manager"));
        fixture.given(STARTED, new FamilyClosed("f1", "goals met", "manager"))
                .when(new CloseFamily("f1", "again", "manager"))
                .expectException(IllegalStateException.class);
        fixture.given(
                        STARTED,
                        new FamilyTierDecided("f1", 2, null, "first", "manager"),
                        new FamilyClosed("f1", "goals met", "manager"))
                .when(new DecideTier("f1", 2, "new worries", "manager"))
                .expectEvents(new FamilyTierDecided("f1", 2, 2, "new worries", "manager"));
    }
}
