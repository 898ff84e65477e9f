package org.thinkfamily.hub.assessment;

import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.assessment.AssessmentNews;
import org.thinkfamily.contracts.assessment.AssessmentSummary;
import org.thinkfamily.contracts.assessment.FindAssessmentNews;
import org.thinkfamily.contracts.assessment.FindAssessmentSummary;
import org.thinkfamily.contracts.assessment.FindLiveGoals;
import org.thinkfamily.contracts.assessment.FindOverdueNextSteps;
import org.thinkfamily.contracts.assessment.LiveGoal;
import org.thinkfamily.contracts.assessment.OverdueNextStep;

/**
 * A family's assessment in brief, for the Think Family view: its cycle and latest scores, the live goals (the
 * family's priorities) and the next steps that are overdue. Answered directly or through the queries of the
 * same names; it records no read: the caller has opened the family through the read guard.
 */
@Component
public class AssessmentSummaries {

    private final AssessmentReads reads;

    AssessmentSummaries(AssessmentReads reads) {
        this.reads = reads;
    }

    /** The assessment's current cycle and each participant's latest score; empty when the family has none. */
    @QueryHandler
    public Optional<AssessmentSummary> summary(FindAssessmentSummary query) {
        return reads.ofFamily(query.familyId(), query.asAt())
                .map(header -> new AssessmentSummary(
                        header.assessmentId(),
                        header.cycle(),
                        reads.latestScores(header, query.asAt()).stream()
                                .map(s -> new AssessmentSummary.LatestScore(s.participant(), s.score(), s.at()))
                                .toList()));
    }

    public Optional<AssessmentSummary> summary(String familyId) {
        return summary(new FindAssessmentSummary(familyId));
    }

    /** The goals of the open cycle, oldest first, with their latest text and next steps. */
    @QueryHandler
    public List<LiveGoal> liveGoals(FindLiveGoals query) {
        return reads.ofFamily(query.familyId(), query.asAt())
                .map(header -> reads.liveGoals(query.familyId(), query.asAt()).stream()
                        .map(g -> new LiveGoal(
                                header.assessmentId(),
                                g.id(),
                                g.text(),
                                g.professionalOnly(),
                                g.author(),
                                g.agency(),
                                g.at(),
                                g.nextSteps().stream()
                                        .map(s -> new LiveGoal.Step(
                                                s.id(), s.text(), s.owner(), s.due(), s.doneAt(), s.overdue()))
                                        .toList()))
                        .toList())
                .orElse(List.of());
    }

    public List<LiveGoal> liveGoals(String familyId) {
        return liveGoals(new FindLiveGoals(familyId));
    }

    /** The next steps of the live goals past their due date and not done, soonest due first. */
    @QueryHandler
    public List<OverdueNextStep> overdueNextSteps(FindOverdueNextSteps query) {
        return liveGoals(query.familyId()).stream()
                .flatMap(goal -> goal.nextSteps().stream()
                        .filter(LiveGoal.Step::overdue)
                        .map(s -> new OverdueNextStep(
                                goal.assessmentId(), goal.goalId(), s.stepId(), s.text(), s.owner(), s.due())))
                .sorted(java.util.Comparator.comparing(OverdueNextStep::due))
                .toList();
    }

    public List<OverdueNextStep> overdueNextSteps(String familyId) {
        return overdueNextSteps(new FindOverdueNextSteps(familyId));
    }

    /** What others wrote in the assessment since the user's last visit: the team sees a contribution as new. */
    @QueryHandler
    public List<AssessmentNews> news(FindAssessmentNews query) {
        return reads.news(query.familyId(), query.since(), query.user());
    }
}
