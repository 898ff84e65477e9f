package org.thinkfamily.contracts.assessment;

/** Query: the next steps of the family's live goals that are past their due date and not done ({@link OverdueNextStep}s). */
public record FindOverdueNextSteps(String familyId) {}
