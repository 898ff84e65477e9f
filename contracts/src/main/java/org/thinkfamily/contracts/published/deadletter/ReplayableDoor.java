package org.thinkfamily.contracts.published.deadletter;

import java.util.List;
import org.thinkfamily.contracts.published.ingest.IngestResult;

/** A door that can take a dead letter's payload again, once its cause is fixed. */
public interface ReplayableDoor {

    /** The door of canonical events as JSON, whichever way they came (HTTP, a queue). */
    String CANONICAL_EVENTS = "canonical-events";

    /** The door's name, as in {@link DeadLetter#door()}. */
    String door();

    /**
     * Processes the payload again, exactly as if it had just arrived.
     *
     * @return one result per record in the payload
     * @throws IllegalArgumentException when the payload still cannot be read; its message says why
     */
    List<IngestResult> replay(String payload, String actor);
}
