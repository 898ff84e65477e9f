package org.thinkfamily.hub.privacy;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** People's keys in memory, for tests of serialization alone (the hub keeps them in the database). */
public final class InMemoryPersonKeys implements PersonKeys {

    private static final byte[] DESTROYED = new byte[0];
    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    @Override
    public Optional<SecretKey> keyFor(String dataSubject) {
        byte[] key = keys.computeIfAbsent(dataSubject, s -> {
            byte[] made = new byte[32];
            random.nextBytes(made);
            return made;
        });
        return key.length == 0 ? Optional.empty() : Optional.of(new SecretKeySpec(key, "AES"));
    }

    @Override
    public Optional<SecretKey> existing(String dataSubject) {
        byte[] key = keys.get(dataSubject);
        return key == null || key.length == 0 ? Optional.empty() : Optional.of(new SecretKeySpec(key, "AES"));
    }

    @Override
    public void destroy(Collection<String> dataSubjects) {
        dataSubjects.forEach(s -> keys.put(s, DESTROYED));
    }
}
