package org.thinkfamily.contracts.person;

/** Why two person records were linked into one person. */
public enum LinkReason {
    /** Probabilistic matching scored the records at or above the link threshold. */
    MATCHED_ON_DETAILS,
    /** A manager confirmed a pair from the review queue. */
    REVIEW_CONFIRMED,
    /** A manager linked two people they know to be one. */
    MANAGER_DECISION
}
