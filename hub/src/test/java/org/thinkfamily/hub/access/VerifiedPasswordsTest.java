package org.thinkfamily.hub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.thinkfamily.hub.support.MovableClock;

class VerifiedPasswordsTest {

    /** BCrypt at its lowest cost, counting its checks, and able to hold them until released. */
    static final class CountingBCrypt implements PasswordEncoder {
        final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger checks = new AtomicInteger();
        final CountDownLatch released = new CountDownLatch(1);
        volatile boolean hold;

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            if (hold) {
                try {
                    released.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return bcrypt.matches(raw, encoded);
        }
    }

    final CountingBCrypt bcrypt = new CountingBCrypt();
    final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T09:00:00Z"));
    final VerifiedPasswords passwords = new VerifiedPasswords(bcrypt, clock);
    final String stored = bcrypt.encode("police-demo");

    @Test
    void a_right_password_is_checked_once_then_remembered_for_a_while() {
        assertThat(passwords.matches("police-demo", stored)).isTrue();
        assertThat(passwords.matches("police-demo", stored)).isTrue();
        assertThat(bcrypt.checks).hasValue(1);

        clock.now = clock.now.plus(VerifiedPasswords.REMEMBERED_FOR).plus(Duration.ofSeconds(1));
        assertThat(passwords.matches("police-demo", stored)).isTrue();
        assertThat(bcrypt.checks).as("checked again once the memory has lapsed").hasValue(2);
    }

    @Test
    void a_wrong_password_is_never_remembered() {
        assertThat(passwords.matches("police-demo", stored)).isTrue();
        assertThat(passwords.matches("guess", stored)).isFalse();
        assertThat(passwords.matches("guess", stored)).isFalse();
        assertThat(bcrypt.checks).hasValue(3);
    }

    @Test
    void the_same_password_checked_on_several_connections_at_once_runs_one_check() throws Exception {
        bcrypt.hold = true;
        ExecutorService connections = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(connections.submit(() -> passwords.matches("police-demo", stored)));
            }
            Thread.sleep(200); // all four are in: one checking, three waiting for it
            bcrypt.released.countDown();
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            connections.shutdownNow();
        }
        assertThat(bcrypt.checks).hasValue(1);
    }
}
