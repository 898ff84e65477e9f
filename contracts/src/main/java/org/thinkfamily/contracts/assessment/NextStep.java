package org.thinkfamily.contracts.assessment;

import java.time.LocalDate;

/** Who does what by when, towards a goal. */
public record NextStep(String stepId, String text, String owner, LocalDate due) {}
