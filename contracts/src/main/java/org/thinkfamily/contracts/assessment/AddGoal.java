package org.thinkfamily.contracts.assessment;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A safety goal and its next steps: who does what by when. */
public record AddGoal(
        @TargetAggregateIdentifier String assessmentId,
        String goalId,
        String text,
        List<Step> nextSteps,
        boolean professionalOnly,
        Contributor by,
        FamilyFacts family) {

    public AddGoal {
        nextSteps = nextSteps == null ? List.of() : nextSteps;
    }

    /** A next step as written: {@code due} an ISO date, checked by the assessment. */
    public record Step(String stepId, String text, String owner, String due) {}
}
