package org.thinkfamily.contracts.assessment;

import java.time.LocalDate;

public record OverdueNextStep(
        String assessmentId, String goalId, String stepId, String text, String owner, LocalDate due) {}
