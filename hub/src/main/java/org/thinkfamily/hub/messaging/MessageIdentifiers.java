package org.thinkfamily.hub.messaging;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;
import org.axonframework.common.IdentifierFactory;

/**
 * Identifiers for Axon's messages (every event, command, query and query answer gets one): random UUIDs, as Axon's
 * default makes them, but each thread draws from a generator of its own. The default draws from the JVM's one
 * {@link UUID#randomUUID()} generator, whose lock fifty concurrent readers queued on (a family view is several
 * queries, each two messages). Found by Axon through {@code META-INF/services}.
 */
public final class MessageIdentifiers extends IdentifierFactory {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(() -> {
        try {
            return SecureRandom.getInstance("DRBG"); // seeded from the system's entropy, once per thread
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    });

    @Override
    public String generateIdentifier() {
        byte[] random = new byte[16];
        RANDOM.get().nextBytes(random);
        random[6] = (byte) ((random[6] & 0x0f) | 0x40); // version 4: random
        random[8] = (byte) ((random[8] & 0x3f) | 0x80); // the IETF variant
        long most = 0;
        long least = 0;
        for (int i = 0; i < 8; i++) {
            most = (most << 8) | (random[i] & 0xff);
            least = (least << 8) | (random[i + 8] & 0xff);
        }
        return new UUID(most, least).toString();
    }
}
