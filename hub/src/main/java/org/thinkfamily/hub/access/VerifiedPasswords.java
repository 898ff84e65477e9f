package org.thinkfamily.hub.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt at cost 10 or more makes a password check take tens of milliseconds, and the API checks one on
 * every call (HTTP Basic, stateless). A password that matched its stored hash is remembered for a few
 * minutes, in memory only and as a salted SHA-256, so the next calls compare hashes instead of running
 * BCrypt again. A wrong password is never remembered: it always takes the full BCrypt check. Checks of the same
 * password against the same hash that arrive while one runs wait for its answer.
 */
final class VerifiedPasswords implements PasswordEncoder {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Verified(byte[] digest, Instant until) {}

    private final PasswordEncoder delegate;
    private final Clock clock;
    private final byte[] salt = new byte[32];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    /** Checks running now, by stored hash and salted digest of the password given. */
    private final Map<String, CompletableFuture<Boolean>> checking = new ConcurrentHashMap<>();

    VerifiedPasswords(PasswordEncoder delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        byte[] digest = digest(rawPassword);
        Verified known = verified.get(encodedPassword);
        Instant now = clock.instant();
        if (known != null && now.isBefore(known.until()) && MessageDigest.isEqual(known.digest(), digest)) {
            return true;
        }
        // the same password checked on several connections at once (an agency system opening its pool) waits for one
        // BCrypt instead of running one each
        String check = encodedPassword + '|' + HexFormat.of().formatHex(digest);
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> running = checking.putIfAbsent(check, mine);
        if (running != null) {
            return running.join();
        }
        try {
            boolean matches = delegate.matches(rawPassword, encodedPassword);
            if (matches) {
                if (verified.size() >= MAX_ENTRIES) {
                    verified.entrySet().removeIf(e -> !now.isBefore(e.getValue().until()));
                }
                verified.put(encodedPassword, new Verified(digest, now.plus(REMEMBERED_FOR)));
            }
            mine.complete(matches);
            return matches;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(check, mine);
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private byte[] digest(CharSequence raw) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(raw.toString().getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
