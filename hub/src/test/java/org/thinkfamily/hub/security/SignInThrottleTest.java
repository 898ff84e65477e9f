package org.thinkfamily.hub.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.TestDatabases;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing is throttled: ten failures in five minutes for a user, or from an address, and further
 * attempts are refused with 429. A context of its own: the test's own address ends up throttled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInThrottleTest {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        TestDatabases.embedded(registry, "throttle");
    }

    @LocalServerPort
    int port;

    @Test
    void ten_failures_for_a_user_then_429_even_with_the_right_password_and_the_address_is_throttled_too() {
        HubClient hub = new HubClient(port);
        assertThat(hub.getWithPassword("lead", "lead-demo", "/api/v1/families/x").status()).isNotIn(401, 429);
        for (int i = 0; i < 10; i++) {
            assertThat(hub.getWithPassword("lead", "guess-" + i, "/api/v1/families/x").status()).isEqualTo(401);
        }
        assertThat(hub.getWithPassword("lead", "lead-demo", "/api/v1/families/x").status()).isEqualTo(429);
        // the same address has now failed ten times: another user from it is refused as well
        assertThat(hub.getWithPassword("manager", "manager-demo", "/api/v1/dead-letters").status()).isEqualTo(429);
    }
}
