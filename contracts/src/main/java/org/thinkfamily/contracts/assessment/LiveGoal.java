package org.thinkfamily.contracts.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A goal of the current cycle, with its latest text and its next steps ({@code overdue}: past due and not done). */
public record LiveGoal(
        String assessmentId,
        String goalId,
        String text,
        boolean professionalOnly,
        String author,
        String agency,
        Instant at,
        List<Step> nextSteps) {

    public LiveGoal {
        nextSteps = List.copyOf(nextSteps);
    }

    public record Step(String stepId, String text, String owner, LocalDate due, Instant doneAt, boolean overdue) {}
}
