package org.thinkfamily.contracts.assessment;

/** Query: the goals of the current cycle of the family's assessment ({@link LiveGoal}s; none when it has none). */
public record FindLiveGoals(String familyId) {}
