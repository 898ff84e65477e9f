package org.thinkfamily.contracts.assessment;

/** The parts of an assessment a contribution belongs to. */
public enum ContributionKind {
    WORRY,
    STRENGTH,
    GOAL,
    SCALING,
    CHILD_VOICE
}
