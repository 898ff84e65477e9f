package org.thinkfamily.contracts.assessment;

/** Query: the family's assessment in brief ({@link AssessmentSummary}), or an empty answer when it has none. */
public record FindAssessmentSummary(String familyId) {}
