package org.thinkfamily.contracts.assessment;

import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record GoalAdded(
        String assessmentId,
        String goalId,
        String text,
        List<NextStep> nextSteps,
        boolean professionalOnly,
        String author,
        String agency) {}
