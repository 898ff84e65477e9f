package org.thinkfamily.hub.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thinkfamily.contracts.assessment.AddGoal;
import org.thinkfamily.contracts.assessment.AddStrength;
import org.thinkfamily.contracts.assessment.AddWorry;
import org.thinkfamily.contracts.assessment.AssessmentReviewed;
import org.thinkfamily.contracts.assessment.AssessmentStart;
import org.thinkfamily.contracts.assessment.AssessmentStarted;
import org.thinkfamily.contracts.assessment.ChildHouse;
import org.thinkfamily.contracts.assessment.ChildVoiceRecorded;
import org.thinkfamily.contracts.assessment.ContributionCorrected;
import org.thinkfamily.contracts.assessment.ContributionKind;
import org.thinkfamily.contracts.assessment.Contributor;
import org.thinkfamily.contracts.assessment.CorrectContribution;
import org.thinkfamily.contracts.assessment.FamilyFacts;
import org.thinkfamily.contracts.assessment.GoalAdded;
import org.thinkfamily.contracts.assessment.MarkNextStepDone;
import org.thinkfamily.contracts.assessment.NextStep;
import org.thinkfamily.contracts.assessment.NextStepDone;
import org.thinkfamily.contracts.assessment.RecordChildVoice;
import org.thinkfamily.contracts.assessment.RecordScore;
import org.thinkfamily.contracts.assessment.ReviewAssessment;
import org.thinkfamily.contracts.assessment.ScoreRecorded;
import org.thinkfamily.contracts.assessment.StartAssessment;
import org.thinkfamily.contracts.assessment.StrengthAdded;
import org.thinkfamily.contracts.assessment.StrengthKind;
import org.thinkfamily.contracts.assessment.WorryAdded;
import org.thinkfamily.contracts.assessment.WorryKind;

/** The assessment's rules, given what happened, when a contribution comes. */
class AssessmentTest {

    private static final String FAMILY = "family-1";
    private static final String ID = StartAssessment.idOf(FAMILY);
    private static final Contributor DSL = new Contributor("dsl", "bradford-school");
    private static final Contributor MANAGER = new Contributor("manager", null);
    private static final FamilyFacts OPEN = new FamilyFacts(false, Set.of("child-1"));
    private static final FamilyFacts CLOSED = new FamilyFacts(true, Set.of("child-1"));
    private static final AssessmentStarted STARTED = new AssessmentStarted(ID, FAMILY, "manager");

    private AggregateTestFixture<Assessment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Assessment.class);
    }

    @Test
    void a_start_starts_the_familys_assessment_and_a_second_start_returns_it() {
        fixture.givenNoPriorActivity()
                .when(StartAssessment.forFamily(FAMILY, MANAGER, false))
                .expectEvents(STARTED)
                .expectResultMessagePayload(new AssessmentStart(ID, true));
        fixture.given(STARTED)
                .when(StartAssessment.forFamily(FAMILY, DSL, false))
                .expectNoEvents()
                .expectResultMessagePayload(new AssessmentStart(ID, false));
    }

    @Test
    void the_assessments_id_is_the_familys_own() {
        assertThat(StartAssessment.idOf(FAMILY))
                .isEqualTo(StartAssessment.idOf(FAMILY))
                .isNotEqualTo(StartAssessment.idOf("family-2"));
        fixture.givenNoPriorActivity()
                .when(new StartAssessment(StartAssessment.idOf("family-2"), FAMILY, MANAGER, false))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void a_closed_family_starts_no_assessment_but_finds_its_live_one() {
        fixture.givenNoPriorActivity()
                .when(StartAssessment.forFamily(FAMILY, MANAGER, true))
                .expectException(IllegalStateException.class);
        fixture.given(STARTED)
                .when(StartAssessment.forFamily(FAMILY, MANAGER, true))
                .expectResultMessagePayload(new AssessmentStart(ID, false));
    }

    @Test
    void each_contribution_names_its_author_and_agency() {
        fixture.given(STARTED)
                .when(new AddWorry(ID, "w1", "DANGER_STATEMENT", " We are worried that ... ", true, DSL, OPEN))
                .expectEvents(new WorryAdded(
                        ID,
                        "w1",
                        WorryKind.DANGER_STATEMENT,
                        "We are worried that ...",
                        true,
                        "dsl",
                        "bradford-school"));
        fixture.given(STARTED)
                .when(new AddStrength(ID, "s1", "EXISTING_SAFETY", "Gran collects the children", false, MANAGER, OPEN))
                .expectEvents(new StrengthAdded(
                        ID, "s1", StrengthKind.EXISTING_SAFETY, "Gran collects the children", false, "manager", null));
        fixture.given(STARTED)
                .when(new AddGoal(
                        ID,
                        "g1",
                        "The children are at school every day",
                        List.of(new AddGoal.Step("n1", "Morning routine chart", "school", "2026-06-01")),
                        false,
                        DSL,
                        OPEN))
                .expectEvents(new GoalAdded(
                        ID,
                        "g1",
                        "The children are at school every day",
                        List.of(new NextStep("n1", "Morning routine chart", "school", LocalDate.parse("2026-06-01"))),
                        false,
                        "dsl",
                        "bradford-school"));
        fixture.given(STARTED)
                .when(new RecordScore(ID, "sc1", 3, "Mum", DSL, OPEN))
                .expectEvents(new ScoreRecorded(ID, "sc1", 3, "Mum", "dsl", "bradford-school"));
        fixture.given(STARTED)
                .when(new RecordChildVoice(ID, "v1", "child-1", "DREAMS", "A dog", DSL, OPEN))
                .expectEvents(new ChildVoiceRecorded(
                        ID, "v1", "child-1", ChildHouse.DREAMS, "A dog", "dsl", "bradford-school"));
    }

    @Test
    void a_next_step_is_done_once() {
        GoalAdded goal = new GoalAdded(
                ID,
                "g1",
                "goal",
                List.of(new NextStep("n1", "step", "school", LocalDate.parse("2026-06-01"))),
                false,
                "dsl",
                "bradford-school");
        fixture.given(STARTED, goal)
                .when(new MarkNextStepDone(ID, "g1", "n1", MANAGER, OPEN))
                .expectEvents(new NextStepDone(ID, "g1", "n1", "manager", null));
        fixture.given(STARTED, goal, new NextStepDone(ID, "g1", "n1", "manager", null))
                .when(new MarkNextStepDone(ID, "g1", "n1", MANAGER, OPEN))
                .expectException(IllegalStateException.class);
        fixture.given(STARTED, goal)
                .when(new MarkNextStepDone(ID, "g1", "n2", MANAGER, OPEN))
                .expectException(UnknownContribution.class);
    }

    @Test
    void a_contribution_is_corrected_by_a_new_version() {
        WorryAdded worry = new WorryAdded(ID, "w1", WorryKind.PAST_HARM, "first", false, "dsl", "bradford-school");
        fixture.given(STARTED, worry)
                .when(new CorrectContribution(ID, ContributionKind.WORRY, "w1", "second", MANAGER, OPEN))
                .expectEvents(new ContributionCorrected(ID, ContributionKind.WORRY, "w1", "second", "manager", null));
        fixture.given(STARTED, worry)
                .when(new CorrectContribution(ID, ContributionKind.STRENGTH, "w1", "second", MANAGER, OPEN))
                .expectException(UnknownContribution.class);
        fixture.given(STARTED, worry)
                .when(new CorrectContribution(ID, ContributionKind.WORRY, "w1", " ", MANAGER, OPEN))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("text: must not be empty");
        fixture.given(STARTED, new ScoreRecorded(ID, "sc1", 3, "Mum", "dsl", null))
                .when(new CorrectContribution(ID, ContributionKind.SCALING, "sc1", "4", MANAGER, OPEN))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void a_review_closes_the_cycle_and_the_next_cycle_carries_on_from_it() {
        WorryAdded worry = new WorryAdded(ID, "w1", WorryKind.PAST_HARM, "first", false, "dsl", "bradford-school");
        fixture.given(STARTED, worry)
                .when(new ReviewAssessment(ID, "Attendance better", MANAGER, OPEN))
                .expectEvents(new AssessmentReviewed(ID, 1, "Attendance better", "manager", null));
        // cycle 2 holds cycle 1's contributions: they are corrected there, and the next review closes cycle 2
        fixture.given(STARTED, worry, new AssessmentReviewed(ID, 1, "Attendance better", "manager", null))
                .when(new CorrectContribution(ID, ContributionKind.WORRY, "w1", "second", DSL, OPEN))
                .expectEvents(new ContributionCorrected(
                        ID, ContributionKind.WORRY, "w1", "second", "dsl", "bradford-school"));
        fixture.given(STARTED, new AssessmentReviewed(ID, 1, "one", "manager", null))
                .when(new ReviewAssessment(ID, "two", MANAGER, OPEN))
                .expectEvents(new AssessmentReviewed(ID, 2, "two", "manager", null));
        fixture.given(STARTED)
                .when(new ReviewAssessment(ID, "", MANAGER, OPEN))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("summary: must not be empty");
    }

    @Test
    void refusals_name_the_field() {
        fixture.given(STARTED)
                .when(new RecordScore(ID, "sc1", 11, "Mum", DSL, OPEN))
                .expectNoEvents()
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("score:"));
        fixture.given(STARTED)
                .when(new RecordScore(ID, "sc1", -1, "Mum", DSL, OPEN))
                .expectException(IllegalArgumentException.class);
        fixture.given(STARTED)
                .when(new AddWorry(ID, "w1", "PAST_HARM", "  ", false, DSL, OPEN))
                .expectNoEvents()
                .expectExceptionMessage("text: must not be empty");
        fixture.given(STARTED)
                .when(new AddWorry(ID, "w1", "PAST_HARM", "x".repeat(Assessment.MAX_TEXT + 1), false, DSL, OPEN))
                .expectExceptionMessage("text: at most 4000 characters");
        fixture.given(STARTED)
                .when(new AddWorry(ID, "w1", "WORRIED", "text", false, DSL, OPEN))
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("kind: one of PAST_HARM"));
        fixture.given(STARTED)
                .when(new RecordChildVoice(ID, "v1", "mum-1", "WORRIES", "text", DSL, OPEN))
                .expectNoEvents()
                .expectExceptionMessage("personId: not a child of family family-1");
        fixture.given(STARTED)
                .when(new RecordChildVoice(ID, "v1", "child-1", "ATTIC", "text", DSL, OPEN))
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("house: one of WORRIES"));
        fixture.given(STARTED)
                .when(new AddGoal(
                        ID,
                        "g1",
                        "goal",
                        List.of(new AddGoal.Step("n1", "step", "school", "next week")),
                        false,
                        DSL,
                        OPEN))
                .expectExceptionMessage("nextSteps[0].due: a date like 2026-05-01");
        fixture.given(STARTED)
                .when(new AddGoal(
                        ID, "g1", "goal", List.of(new AddGoal.Step("n1", "step", " ", "2026-05-01")), false, DSL, OPEN))
                .expectExceptionMessage("nextSteps[0].owner: must not be empty");
    }

    @Test
    void a_closed_family_takes_no_contributions() {
        fixture.given(STARTED)
                .when(new AddWorry(ID, "w1", "PAST_HARM", "text", false, DSL, CLOSED))
                .expectNoEvents()
                .expectException(IllegalStateException.class);
        fixture.given(STARTED)
                .when(new RecordScore(ID, "sc1", 5, "Mum", DSL, CLOSED))
                .expectException(IllegalStateException.class);
        fixture.given(STARTED)
                .when(new ReviewAssessment(ID, "summary", MANAGER, CLOSED))
                .expectException(IllegalStateException.class);
    }
}
