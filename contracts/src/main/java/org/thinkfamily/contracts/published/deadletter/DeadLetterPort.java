package org.thinkfamily.contracts.published.deadletter;

/** Where every door puts what it cannot take. Implemented by the hub; the same letter twice is kept once. */
public interface DeadLetterPort {

    /** @return the dead letter's id (the same for the same door, location and payload) */
    String store(DeadLetter letter);
}
