package org.thinkfamily.hub.assessment;

import java.sql.Date;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.assessment.AssessmentReviewed;
import org.thinkfamily.contracts.assessment.AssessmentStarted;
import org.thinkfamily.contracts.assessment.ChildVoiceRecorded;
import org.thinkfamily.contracts.assessment.ContributionCorrected;
import org.thinkfamily.contracts.assessment.ContributionKind;
import org.thinkfamily.contracts.assessment.GoalAdded;
import org.thinkfamily.contracts.assessment.NextStep;
import org.thinkfamily.contracts.assessment.NextStepDone;
import org.thinkfamily.contracts.assessment.ScoreRecorded;
import org.thinkfamily.contracts.assessment.StrengthAdded;
import org.thinkfamily.contracts.assessment.WorryAdded;
import org.thinkfamily.hub.projection.ProcessingGroups;

/**
 * Each family's assessment, cycle by cycle, written in the same transaction as its events (subscribing), so a
 * read right after a contribution shows it. A review closes the cycle and copies its content into the next one:
 * the closed cycle's rows are never touched again.
 */
@Component
@ProcessingGroup(ProcessingGroups.ASSESSMENT)
class AssessmentIndex {

    private final JdbcTemplate jdbc;

    AssessmentIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AssessmentStarted event, @Timestamp Instant at) {
        jdbc.update(
                "insert into assessment (assessment_id, family_id, cycle, started_at, started_by) values (?, ?, 1, ?, ?)",
                event.assessmentId(),
                event.familyId(),
                ts(at),
                event.startedBy());
        jdbc.update(
                "insert into assessment_cycle (assessment_id, cycle, started_at) values (?, 1, ?)",
                event.assessmentId(),
                ts(at));
    }

    @EventHandler
    void on(WorryAdded event, @Timestamp Instant at, @SequenceNumber Long seq) {
        contribution(
                event.assessmentId(),
                event.worryId(),
                ContributionKind.WORRY,
                event.kind().name(),
                event.professionalOnly(),
                null,
                null,
                null,
                event.author(),
                event.agency(),
                at,
                seq);
        version(event.assessmentId(), event.worryId(), event.text(), event.author(), event.agency(), at);
    }

    @EventHandler
    void on(StrengthAdded event, @Timestamp Instant at, @SequenceNumber Long seq) {
        contribution(
                event.assessmentId(),
                event.strengthId(),
                ContributionKind.STRENGTH,
                event.kind().name(),
                event.professionalOnly(),
                null,
                null,
                null,
                event.author(),
                event.agency(),
                at,
                seq);
        version(event.assessmentId(), event.strengthId(), event.text(), event.author(), event.agency(), at);
    }

    @EventHandler
    void on(GoalAdded event, @Timestamp Instant at, @SequenceNumber Long seq) {
        contribution(
                event.assessmentId(),
                event.goalId(),
                ContributionKind.GOAL,
                null,
                event.professionalOnly(),
                null,
                null,
                null,
                event.author(),
                event.agency(),
                at,
                seq);
        version(event.assessmentId(), event.goalId(), event.text(), event.author(), event.agency(), at);
        int cycle = cycleOf(event.assessmentId());
        for (int i = 0; i < event.nextSteps().size(); i++) {
            NextStep step = event.nextSteps().get(i);
            jdbc.update(
                    "insert into assessment_next_step (assessment_id, cycle, goal_id, step_id, step_order, text, owner, due)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                    event.assessmentId(),
                    cycle,
                    event.goalId(),
                    step.stepId(),
                    i,
                    step.text(),
                    step.owner(),
                    Date.valueOf(step.due()));
        }
    }

    @EventHandler
    void on(NextStepDone event, @Timestamp Instant at) {
        jdbc.update(
                "update assessment_next_step set done_at = ?, done_by = ? where assessment_id = ? and cycle = ? and goal_id = ? and step_id = ?",
                ts(at),
                event.doneBy(),
                event.assessmentId(),
                cycleOf(event.assessmentId()),
                event.goalId(),
                event.stepId());
    }

    @EventHandler
    void on(ScoreRecorded event, @Timestamp Instant at, @SequenceNumber Long seq) {
        contribution(
                event.assessmentId(),
                event.scoreId(),
                ContributionKind.SCALING,
                null,
                false,
                event.score(),
                event.participant(),
                null,
                event.author(),
                event.agency(),
                at,
                seq);
    }

    @EventHandler
    void on(ChildVoiceRecorded event, @Timestamp Instant at, @SequenceNumber Long seq) {
        contribution(
                event.assessmentId(),
                event.voiceId(),
                ContributionKind.CHILD_VOICE,
                event.house().name(),
                false,
                null,
                null,
                event.personId(),
                event.author(),
                event.agency(),
                at,
                seq);
        version(event.assessmentId(), event.voiceId(), event.text(), event.author(), event.agency(), at);
    }

    @EventHandler
    void on(ContributionCorrected event, @Timestamp Instant at) {
        version(event.assessmentId(), event.contributionId(), event.text(), event.author(), event.agency(), at);
    }

    /** Cycle N closes as it stands; N + 1 starts with a copy of everything in it (ids kept, versions and steps too). */
    @EventHandler
    void on(AssessmentReviewed event, @Timestamp Instant at) {
        String id = event.assessmentId();
        int closed = event.cycle();
        int next = closed + 1;
        jdbc.update(
                "update assessment_cycle set reviewed_at = ?, reviewed_by = ?, reviewed_by_agency = ?, summary = ? where assessment_id = ? and cycle = ?",
                ts(at),
                event.reviewedBy(),
                event.agency(),
                event.summary(),
                id,
                closed);
        jdbc.update(
                "insert into assessment_cycle (assessment_id, cycle, started_at) values (?, ?, ?)", id, next, ts(at));
        jdbc.update("""
                insert into assessment_contribution (assessment_id, cycle, contribution_id, kind, sub_kind, professional_only, score,
                    participant, person_id, author, agency, contributed_at, seq)
                select assessment_id, ?, contribution_id, kind, sub_kind, professional_only, score, participant, person_id, author,
                    agency, contributed_at, seq from assessment_contribution where assessment_id = ? and cycle = ?""", next, id, closed);
        jdbc.update("""
                insert into assessment_version (assessment_id, cycle, contribution_id, version, text, author, agency, written_at)
                select assessment_id, ?, contribution_id, version, text, author, agency, written_at
                from assessment_version where assessment_id = ? and cycle = ?""", next, id, closed);
        jdbc.update("""
                insert into assessment_next_step (assessment_id, cycle, goal_id, step_id, step_order, text, owner, due, done_at, done_by)
                select assessment_id, ?, goal_id, step_id, step_order, text, owner, due, done_at, done_by
                from assessment_next_step where assessment_id = ? and cycle = ?""", next, id, closed);
        jdbc.update("update assessment set cycle = ? where assessment_id = ?", next, id);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from assessment_next_step");
        jdbc.update("delete from assessment_version");
        jdbc.update("delete from assessment_contribution");
        jdbc.update("delete from assessment_cycle");
        jdbc.update("delete from assessment");
    }

    private void contribution(
            String assessmentId,
            String id,
            ContributionKind kind,
            String subKind,
            boolean professionalOnly,
            Integer score,
            String participant,
            String personId,
            String author,
            String agency,
            Instant at,
            Long seq) {
        jdbc.update(
                """
                insert into assessment_contribution (assessment_id, cycle, contribution_id, kind, sub_kind, professional_only, score,
                    participant, person_id, author, agency, contributed_at, seq) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                assessmentId,
                cycleOf(assessmentId),
                id,
                kind.name(),
                subKind,
                professionalOnly,
                score,
                participant,
                personId,
                author,
                agency,
                ts(at),
                seq == null ? 0L : seq);
    }

    private void version(String assessmentId, String id, String text, String author, String agency, Instant at) {
        int cycle = cycleOf(assessmentId);
        Integer last = jdbc.queryForObject(
                "select max(version) from assessment_version where assessment_id = ? and cycle = ? and contribution_id = ?",
                Integer.class,
                assessmentId,
                cycle,
                id);
        jdbc.update(
                "insert into assessment_version (assessment_id, cycle, contribution_id, version, text, author, agency, written_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                assessmentId,
                cycle,
                id,
                last == null ? 1 : last + 1,
                text,
                author,
                agency,
                ts(at));
    }

    private int cycleOf(String assessmentId) {
        Integer cycle = jdbc.queryForObject(
                "select cycle from assessment where assessment_id = ?", Integer.class, assessmentId);
        return cycle == null ? 1 : cycle;
    }

    private static java.sql.Timestamp ts(Instant at) {
        return java.sql.Timestamp.from(at);
    }
}
