package org.thinkfamily.hub.privacy;

import java.util.Collection;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * The key each data subject's personal data is sealed under. The hub keeps them in their own table
 * ({@code person_key}); a key management service can take their place by providing another bean.
 * Erasure destroys a key: nothing sealed under it can be read again, and nothing is sealed under it
 * afterwards.
 */
public interface PersonKeys {

    /** The subject's key, made now (in the caller's transaction) if they have none; empty once destroyed. */
    Optional<SecretKey> keyFor(String dataSubject);

    /** The subject's key if it was made and not destroyed; never makes one. */
    Optional<SecretKey> existing(String dataSubject);

    /** Destroys these subjects' keys, and bars a key from being made for any that had none. */
    void destroy(Collection<String> dataSubjects);

    /**
     * Reads these subjects' keys now, together, for {@link #existing} on this thread until the answer is closed: a
     * rebuild reading many events' personal data at once asks once, not once per subject.
     */
    default ReadAhead readAhead(Collection<String> dataSubjects) {
        return ReadAhead.NOTHING;
    }

    /** Keys read ahead for one thread; closing forgets them. */
    interface ReadAhead extends AutoCloseable {

        ReadAhead NOTHING = () -> {};

        @Override
        void close();
    }
}
