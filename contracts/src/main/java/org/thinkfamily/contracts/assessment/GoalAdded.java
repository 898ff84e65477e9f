package org.thinkfamily.contracts.assessment;

import org.axonframework.serialization.Revision;

import java.util.List;

@Revision("1")
public record GoalAdded(String assessmentId, String goalId, String text, List<NextStep> nextSteps, boolean professionalOnly, String author, String agency) {
}
