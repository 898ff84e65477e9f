package org.thinkfamily.contracts.published.privacy;

import java.util.List;

/**
 * Marks a value inside an event that holds personal data (names, birth dates, addresses, free text).
 * Every such value is written to the event store through one serialisation seam in the hub, which
 * encrypts it under the key of each of its data subjects, so erasure is by destroying a person's key
 * (crypto-shredding) and event classes never change. Once a key is gone the value reads back in its
 * erased form: the data subject kept, every personal field empty, and {@link #erased()} true.
 */
public interface PersonalData {

    /** The person whose key protects this value. */
    String dataSubject();

    /** Everyone whose key protects this value: erasing any one of them makes it unreadable. */
    default List<String> dataSubjects() {
        return List.of(dataSubject());
    }

    /** True for the erased form: the value could not be read because a data subject was erased. */
    boolean erased();
}
