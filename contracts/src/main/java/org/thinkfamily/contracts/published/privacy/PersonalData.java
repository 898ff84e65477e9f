package org.thinkfamily.contracts.published.privacy;

/**
 * Marks a value inside an event that holds personal data (names, birth dates, addresses, free text).
 * Every such value is written to the event store through one serialisation seam in the hub, which can
 * encrypt it under the key of its data subject, so erasure is by destroying that key
 * (crypto-shredding) and event classes never change.
 */
public interface PersonalData {

    /** The person whose key protects this value. */
    String dataSubject();
}
