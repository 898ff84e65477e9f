package org.thinkfamily.hub.identity;

/** Where a review pair stands; stored by name in {@code match_review.status}. */
enum ReviewStatus {
    /** Waiting for a manager's decision. */
    OPEN,
    /** The manager found them one person: the pair was linked. */
    CONFIRMED,
    /** The manager found them two people. */
    REJECTED
}
