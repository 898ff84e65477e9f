package org.thinkfamily.hub.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.thinkfamily.hub.support.MovableClock;

class AllFamiliesCountTest {

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T09:00:00Z"));
    final AllFamiliesCount count = new AllFamiliesCount(clock);
    final AtomicLong families = new AtomicLong(100);
    final AtomicLong counted = new AtomicLong();

    long total() {
        return count.total(() -> {
            counted.incrementAndGet();
            return families.get();
        });
    }

    @Test
    void pages_read_within_a_few_seconds_share_one_count() {
        assertThat(total()).isEqualTo(100);
        families.set(101); // started on another node
        clock.now = clock.now.plus(AllFamiliesCount.FRESH).minusMillis(1);
        assertThat(total()).isEqualTo(100);
        assertThat(counted).hasValue(1);

        clock.now = clock.now.plusMillis(1);
        assertThat(total()).isEqualTo(101);
        assertThat(counted).hasValue(2);
    }

    @Test
    void a_family_started_on_this_node_is_counted_on_the_next_page() {
        assertThat(total()).isEqualTo(100);
        families.set(101);
        count.changed(); // outside a transaction: at once
        assertThat(total()).isEqualTo(101);
        assertThat(counted).hasValue(2);
    }

    @Test
    void a_count_taken_while_a_family_was_starting_is_not_kept() {
        long taken = count.total(() -> {
            count.changed(); // the family's transaction runs beside this count, which cannot see it yet
            return families.get();
        });
        assertThat(taken).isEqualTo(100);
        families.set(101);
        assertThat(total()).isEqualTo(101);
    }
}
