package org.thinkfamily.contracts.published.ingest;

public enum IngestStatus {
    /** Recorded in the event store before this answer was given. */
    ACCEPTED,
    /** Same agency and message id seen before: nothing changed. */
    DUPLICATE,
    /** Not applied at all, for the reasons given. */
    REJECTED
}
