package org.thinkfamily.hub.frontdoor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Requests for help are open to anyone, so one client address may post at most
 * {@code thinkfamily.front-door.public-request-limit} (10) of them in a window
 * ({@code public-request-window}, a minute); more are refused until the oldest leaves the window.
 * Kept in memory per node; the addresses are never logged.
 */
@Component
class PublicRequestLimit {

    /** Bounds the memory a sender spraying addresses can take. */
    private static final int MAX_ADDRESSES = 100_000;

    private final Map<String, Deque<Instant>> posts = new ConcurrentHashMap<>();
    private final FrontDoorProperties properties;
    private final Clock clock;

    PublicRequestLimit(FrontDoorProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts a post from this address; false when the address has used its allowance (the post is not counted). */
    boolean take(String address) {
        if (posts.size() >= MAX_ADDRESSES) {
            posts.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    expire(e.getValue());
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> times = posts.computeIfAbsent(address == null ? "" : address, a -> new ArrayDeque<>());
        synchronized (times) {
            expire(times);
            if (times.size() >= properties.publicRequestLimit()) {
                return false;
            }
            times.addLast(clock.instant());
            return true;
        }
    }

    long retryAfterSeconds() {
        return Math.max(1, properties.publicRequestWindow().toSeconds());
    }

    private void expire(Deque<Instant> times) {
        Instant since = clock.instant().minus(properties.publicRequestWindow());
        while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
            times.removeFirst();
        }
    }
}
