package org.thinkfamily.hub.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.thinkfamily.hub.support.MovableClock;

class PublicRequestLimitTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-29T10:00:00Z"));
    private final PublicRequestLimit limit = new PublicRequestLimit(
            new FrontDoorProperties("bradford-early-help-gateway", 10, Duration.ofMinutes(1), 200), clock);

    @Test
    void ten_a_minute_per_address_then_refused_until_the_oldest_leaves_the_window() {
        for (int i = 0; i < 10; i++) {
            assertThat(limit.take("192.0.2.1")).as("post " + (i + 1)).isTrue();
            clock.now = clock.now.plusSeconds(1);
        }
        assertThat(limit.take("192.0.2.1")).isFalse();
        assertThat(limit.take("192.0.2.2")).as("another address").isTrue();
        clock.now = Instant.parse("2026-11-29T10:00:59Z");
        assertThat(limit.take("192.0.2.1"))
                .as("refusals are not counted; the first is not a minute old")
                .isFalse();
        clock.now = Instant.parse("2026-11-29T10:01:00Z");
        assertThat(limit.take("192.0.2.1")).as("the first post left the window").isTrue();
        assertThat(limit.take("192.0.2.1")).isFalse();
        assertThat(limit.retryAfterSeconds()).isEqualTo(60);
    }
}
