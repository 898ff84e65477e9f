package org.thinkfamily.hub.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Guessing passwords is slowed down: after {@value #MAX_FAILURES} failed sign-ins within five minutes for
 * one user name, or from one address, further attempts for it are refused with 429 until the oldest of
 * those failures is five minutes old. Counts the login form and HTTP Basic alike; kept in memory per node.
 */
@Component
class SignInThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(5);
    /** Bounds the memory an attacker spraying names and addresses can take. */
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        if (failure.getAuthentication() instanceof BearerTokenAuthenticationToken) {
            // a signed token cannot be guessed; an agency system with an expired one must not lock its address out
            return;
        }
        Object details = failure.getAuthentication().getDetails();
        record("user:" + failure.getAuthentication().getName());
        if (details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            record("address:" + web.getRemoteAddress());
        }
    }

    boolean blocked(String user, String address) {
        return (user != null && blocked("user:" + user)) || (address != null && blocked("address:" + address));
    }

    private boolean blocked(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            expire(times);
            return times.size() >= MAX_FAILURES;
        }
    }

    private void record(String key) {
        if (failures.size() >= MAX_KEYS) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    expire(e.getValue());
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            expire(times);
            times.addLast(clock.instant());
            while (times.size() > MAX_FAILURES) {
                times.removeFirst();
            }
        }
    }

    private void expire(Deque<Instant> times) {
        Instant since = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.removeFirst();
        }
    }
}
