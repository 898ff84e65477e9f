package org.thinkfamily.hub.assessment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
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
import org.thinkfamily.hub.problem.Refused;

/**
 * A family's one shared Signs of Safety assessment, worked in cycles (assess, plan, do, review). Its id is
 * derived from the family's, so starting it again finds it. Every contribution names its author and agency;
 * nothing is edited in place (a correction is a new version). A family stepped down out of early help takes
 * no contributions. The content of each cycle is kept by the read model; the aggregate keeps what its rules need.
 */
@Aggregate(lockFactory = "aggregateLocks")
class Assessment {

    /** The longest text a contribution, a next step or a review summary may have. */
    static final int MAX_TEXT = 4_000;
    /** The longest name of a participant or an owner of a next step. */
    static final int MAX_NAME = 200;

    static final int MAX_NEXT_STEPS = 50;

    @AggregateIdentifier
    private String assessmentId;

    private String familyId;
    private int cycle;
    private final Map<String, ContributionKind> contributions = new HashMap<>();
    /** Next steps by goal, and whether each is done. */
    private final Map<String, Map<String, Boolean>> nextSteps = new HashMap<>();

    Assessment() {
        // for Axon, and for a start that finds none yet
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    AssessmentStart handle(StartAssessment command) {
        if (familyId != null) {
            return new AssessmentStart(assessmentId, false);
        }
        if (!StartAssessment.idOf(command.familyId()).equals(command.assessmentId())) {
            throw new IllegalArgumentException("assessmentId: not the assessment of family " + command.familyId());
        }
        if (command.familyClosed()) {
            throw new Refused(
                    "family " + command.familyId() + " is stepped down out of early help: no assessment starts");
        }
        apply(new AssessmentStarted(
                command.assessmentId(), command.familyId(), command.by().user()));
        return new AssessmentStart(command.assessmentId(), true);
    }

    @CommandHandler
    void handle(AddWorry command) {
        requireOpen(command.family());
        WorryKind kind = kind(WorryKind.class, command.kind());
        apply(new WorryAdded(
                assessmentId,
                command.worryId(),
                kind,
                text("text", command.text()),
                command.professionalOnly(),
                command.by().user(),
                command.by().agency()));
    }

    @CommandHandler
    void handle(AddStrength command) {
        requireOpen(command.family());
        StrengthKind kind = kind(StrengthKind.class, command.kind());
        apply(new StrengthAdded(
                assessmentId,
                command.strengthId(),
                kind,
                text("text", command.text()),
                command.professionalOnly(),
                command.by().user(),
                command.by().agency()));
    }

    @CommandHandler
    void handle(AddGoal command) {
        requireOpen(command.family());
        String text = text("text", command.text());
        if (command.nextSteps().size() > MAX_NEXT_STEPS) {
            throw new IllegalArgumentException("nextSteps: at most " + MAX_NEXT_STEPS + " to a goal");
        }
        List<NextStep> steps = new ArrayList<>();
        for (int i = 0; i < command.nextSteps().size(); i++) {
            AddGoal.Step step = command.nextSteps().get(i);
            String field = "nextSteps[" + i + "].";
            if (step == null) {
                throw new IllegalArgumentException(
                        field.substring(0, field.length() - 1) + ": a next step has text, owner and due");
            }
            steps.add(new NextStep(
                    step.stepId(),
                    text(field + "text", step.text()),
                    name(field + "owner", step.owner()),
                    date(field + "due", step.due())));
        }
        apply(new GoalAdded(
                assessmentId,
                command.goalId(),
                text,
                steps,
                command.professionalOnly(),
                command.by().user(),
                command.by().agency()));
    }

    @CommandHandler
    void handle(MarkNextStepDone command) {
        requireOpen(command.family());
        Map<String, Boolean> steps = nextSteps.get(command.goalId());
        if (steps == null || !steps.containsKey(command.stepId())) {
            throw new UnknownContribution("no next step " + command.stepId() + " of goal " + command.goalId());
        }
        if (steps.get(command.stepId())) {
            throw new Refused("next step " + command.stepId() + " is done already");
        }
        apply(new NextStepDone(
                assessmentId,
                command.goalId(),
                command.stepId(),
                command.by().user(),
                command.by().agency()));
    }

    @CommandHandler
    void handle(RecordScore command) {
        requireOpen(command.family());
        if (command.score() == null || command.score() < 0 || command.score() > 10) {
            throw new IllegalArgumentException(
                    "score: a whole number from 0 (the children cannot stay at home) to 10 (safe enough to close)");
        }
        apply(new ScoreRecorded(
                assessmentId,
                command.scoreId(),
                command.score(),
                name("participant", command.participant()),
                command.by().user(),
                command.by().agency()));
    }

    @CommandHandler
    void handle(RecordChildVoice command) {
        requireOpen(command.family());
        if (command.personId() == null || !command.family().children().contains(command.personId())) {
            throw new IllegalArgumentException("personId: not a child of family " + familyId);
        }
        ChildHouse house = kind(ChildHouse.class, "house", command.house());
        apply(new ChildVoiceRecorded(
                assessmentId,
                command.voiceId(),
                command.personId(),
                house,
                text("text", command.text()),
                command.by().user(),
                command.by().agency()));
    }

    @CommandHandler
    void handle(CorrectContribution command) {
        requireOpen(command.family());
        if (command.kind() == null || command.kind() != contributions.get(command.contributionId())) {
            throw new UnknownContribution("no such contribution " + command.contributionId());
        }
        if (command.kind() == ContributionKind.SCALING) {
            throw new IllegalArgumentException(
                    "kind: a score has no text to correct; record the participant's score again");
        }
        apply(new ContributionCorrected(
                assessmentId,
                command.kind(),
                command.contributionId(),
                text("text", command.text()),
                command.by().user(),
                command.by().agency()));
    }

    @CommandHandler
    void handle(ReviewAssessment command) {
        requireOpen(command.family());
        apply(new AssessmentReviewed(
                assessmentId,
                cycle,
                text("summary", command.summary()),
                command.by().user(),
                command.by().agency()));
    }

    @EventSourcingHandler
    void on(AssessmentStarted event) {
        assessmentId = event.assessmentId();
        familyId = event.familyId();
        cycle = 1;
    }

    @EventSourcingHandler
    void on(WorryAdded event) {
        contributions.put(event.worryId(), ContributionKind.WORRY);
    }

    @EventSourcingHandler
    void on(StrengthAdded event) {
        contributions.put(event.strengthId(), ContributionKind.STRENGTH);
    }

    @EventSourcingHandler
    void on(GoalAdded event) {
        contributions.put(event.goalId(), ContributionKind.GOAL);
        Map<String, Boolean> steps = new HashMap<>();
        event.nextSteps().forEach(step -> steps.put(step.stepId(), false));
        nextSteps.put(event.goalId(), steps);
    }

    @EventSourcingHandler
    void on(NextStepDone event) {
        nextSteps.get(event.goalId()).put(event.stepId(), true);
    }

    @EventSourcingHandler
    void on(ScoreRecorded event) {
        contributions.put(event.scoreId(), ContributionKind.SCALING);
    }

    @EventSourcingHandler
    void on(ChildVoiceRecorded event) {
        contributions.put(event.voiceId(), ContributionKind.CHILD_VOICE);
    }

    @EventSourcingHandler
    void on(AssessmentReviewed event) {
        cycle = event.cycle() + 1;
    }

    private void requireOpen(FamilyFacts family) {
        if (family == null || family.closed()) {
            throw new Refused(
                    "family " + familyId + " is stepped down out of early help: its assessment takes no contributions");
        }
    }

    private static String text(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be empty");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + ": at most " + MAX_TEXT + " characters");
        }
        return text.strip();
    }

    private static String name(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be empty");
        }
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException(field + ": at most " + MAX_NAME + " characters");
        }
        return name.strip();
    }

    private static LocalDate date(String field, String date) {
        if (date == null || date.isBlank()) {
            throw new IllegalArgumentException(field + ": a date like 2026-05-01");
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": a date like 2026-05-01");
        }
    }

    private static <E extends Enum<E>> E kind(Class<E> kinds, String value) {
        return kind(kinds, "kind", value);
    }

    private static <E extends Enum<E>> E kind(Class<E> kinds, String field, String value) {
        for (E constant : kinds.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(field + ": one of "
                + String.join(
                        ", ",
                        Arrays.stream(kinds.getEnumConstants()).map(Enum::name).toList()));
    }
}
