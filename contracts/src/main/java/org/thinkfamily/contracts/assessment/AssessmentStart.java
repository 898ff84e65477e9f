package org.thinkfamily.contracts.assessment;

/** The answer to {@link StartAssessment}: the assessment, and whether this command started it. */
public record AssessmentStart(String assessmentId, boolean started) {}
