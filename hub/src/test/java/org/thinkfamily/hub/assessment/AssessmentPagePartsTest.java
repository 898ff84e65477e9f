package org.thinkfamily.hub.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The edges of what the assessment pages compute: the scaling chart, refusals in the form's words, the family's plan. */
class AssessmentPagePartsTest {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final Instant DAY_1 = Instant.parse("2026-11-01T10:00:00Z");
    static final Instant DAY_11 = Instant.parse("2026-11-11T10:00:00Z");

    static AssessmentView.Score score(String participant, int score, Instant at) {
        return new AssessmentView.Score("s-" + participant + at, score, participant, "dsl", "bradford-school", at);
    }

    @Test
    void the_chart_spans_the_first_to_the_last_score_and_a_single_day_sits_in_the_middle() {
        assertThat(ScalingChart.of(List.of(), UK)).isNull();
        ScalingChart one = ScalingChart.of(List.of(score("Mum", 3, DAY_1)), UK);
        assertThat(one.series())
                .singleElement()
                .satisfies(s -> assertThat(s.marks().get(0).x())
                        .isEqualTo(ScalingChart.LEFT
                                + (ScalingChart.WIDTH - ScalingChart.LEFT - ScalingChart.RIGHT) / 2.0));
        assertThat(one.dateTicks()).hasSize(1);

        ScalingChart two = ScalingChart.of(
                List.of(score("Mum", 3, DAY_1), score("School", 0, DAY_1), score("Mum", 10, DAY_11)), UK);
        assertThat(two.series()).extracting(ScalingChart.Series::participant).containsExactly("Mum", "School");
        ScalingChart.Series mum = two.series().get(0);
        assertThat(mum.marks())
                .extracting(ScalingChart.Point::x)
                .containsExactly((double) ScalingChart.LEFT, (double) ScalingChart.WIDTH - ScalingChart.RIGHT);
        assertThat(mum.marks().get(1).y()).isEqualTo(ScalingChart.TOP); // 10 at the top
        assertThat(two.series().get(1).marks().get(0).y())
                .isEqualTo(ScalingChart.HEIGHT - ScalingChart.BOTTOM); // 0 at the bottom
        assertThat(two.series()).extracting(ScalingChart.Series::shape).containsExactly("circle", "square");
        assertThat(two.description())
                .contains("Mum: 3 on 1 November 2026, 10 on 11 November 2026", "School: 0 on 1 November 2026");
    }

    @Test
    void a_refusal_points_at_the_input_and_says_what_to_do() {
        FormErrors form = new FormErrors(AssessmentPages.WORRY_KIND)
                .field("kind", AssessmentPages.WORRY_KIND)
                .field("text", AssessmentPages.WORRY_TEXT);
        assertThat(form.of("text: must not be empty"))
                .containsExactly(Map.entry("worry-text", "Write what you are worried about"));
        assertThat(form.of("text: at most 4000 characters"))
                .containsExactly(Map.entry("worry-text", "The worry must be 4,000 characters or fewer"));
        assertThat(form.of("kind: one of PAST_HARM, DANGER_STATEMENT"))
                .containsExactly(Map.entry("worry-kind", "Choose what kind of worry this is"));
        assertThat(form.of("something unforeseen")).containsOnlyKeys("worry-kind");
        assertThat(form.of(null)).containsOnlyKeys("worry-kind");
    }

    @Test
    void the_plan_leaves_out_what_professionals_keep_for_themselves_and_says_who_does_what_by_when() {
        AssessmentView.Version v = new AssessmentView.Version(1, "x", "dsl", "bradford-school", DAY_1);
        AssessmentView view = new AssessmentView(
                "a",
                "f",
                1,
                1,
                DAY_1,
                DAY_1,
                List.of(
                        new AssessmentView.Worry(
                                "w1",
                                "DANGER_STATEMENT",
                                "Danger for the family",
                                false,
                                "dsl",
                                "bradford-school",
                                DAY_1,
                                List.of(v)),
                        new AssessmentView.Worry(
                                "w2", "PAST_HARM", "Internal note", true, "dsl", "bradford-school", DAY_1, List.of(v))),
                List.of(new AssessmentView.Strength(
                        "s1", "EXISTING_SAFETY", "Gran visits daily", false, "lead", null, DAY_1, List.of(v))),
                List.of(
                        new AssessmentView.Goal(
                                "g1",
                                "Safe evenings",
                                List.of(
                                        new AssessmentView.Step(
                                                "st1",
                                                "Agree a plan",
                                                "Mum",
                                                LocalDate.of(2026, 12, 1),
                                                false,
                                                null,
                                                null,
                                                true),
                                        new AssessmentView.Step(
                                                "st2",
                                                "Visit",
                                                "School",
                                                LocalDate.of(2026, 11, 5),
                                                true,
                                                DAY_11,
                                                "lead",
                                                false)),
                                false,
                                "lead",
                                null,
                                DAY_1,
                                List.of(v)),
                        new AssessmentView.Goal("g2", "Secret goal", List.of(), true, "lead", null, DAY_1, List.of(v))),
                List.of(score("Mum", 3, DAY_1), score("Mum", 5, DAY_11)),
                List.of(new AssessmentView.ChildVoice(
                        "c1", "child-1", "DREAMS", "A dog", "lead", null, DAY_1, List.of(v))),
                List.of());
        FamilyPlan plan = FamilyPlan.of(view, Map.of("child-1", "Mary Smith", "child-2", "Sam Smith"), UK);
        assertThat(plan.worries())
                .singleElement()
                .satisfies(p -> assertThat(p.items()).containsExactly("Danger for the family"));
        assertThat(plan.workingWell())
                .singleElement()
                .satisfies(p -> assertThat(p.heading()).contains("keeping the children safe"));
        assertThat(plan.goals())
                .singleElement()
                .satisfies(g -> assertThat(g.steps())
                        .containsExactly(
                                "Mum will do this by 1 December 2026: Agree a plan (This is late: it is not done yet.)",
                                "School has done this (11 November 2026): Visit"));
        assertThat(plan.scores()).containsExactly("Mum said 5 out of 10 on 11 November 2026.");
        assertThat(plan.children()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Mary Smith");
            assertThat(c.houses())
                    .singleElement()
                    .satisfies(h -> assertThat(h.items()).containsExactly("A dog"));
        });
        assertThat(plan.toString()).doesNotContain("Internal note", "Secret goal", "bradford-school");
    }
}
