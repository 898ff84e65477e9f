package org.thinkfamily.hub.family;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.thinkfamily.hub.transaction.TransactionScope;

/**
 * How many families a manager's list holds: counted at most every few seconds, not for every page. Counting every
 * family is a scan of them all, the costliest read of a page of the list. A family started or merged on this node
 * makes the next page count again once its transaction ends; one started on another node shows within {@link
 * #FRESH}.
 */
final class AllFamiliesCount {

    static final Duration FRESH = Duration.ofSeconds(5);

    private record Counted(long total, Instant at, long generation) {}

    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private volatile Counted last;

    AllFamiliesCount(Clock clock) {
        this.clock = clock;
    }

    long total(LongSupplier count) {
        Counted counted = last;
        long now = generation.get();
        if (counted != null
                && counted.generation() == now
                && clock.instant().isBefore(counted.at().plus(FRESH))) {
            return counted.total();
        }
        Instant at = clock.instant();
        long total = count.getAsLong();
        // kept only when no family changed meanwhile: a count taken before a commit must not outlive it
        if (generation.get() == now) {
            last = new Counted(total, at, now);
        }
        return total;
    }

    /** A family was started or merged in the current transaction: count again once it has ended. */
    void changed() {
        generation.incrementAndGet();
        if (TransactionScope.active()) {
            TransactionScope.findOrRegister(Recount.class, recount -> recount.owner == this, () -> new Recount(this));
        }
    }

    private static final class Recount implements TransactionSynchronization {
        private final AllFamiliesCount owner;

        Recount(AllFamiliesCount owner) {
            this.owner = owner;
        }

        @Override
        public void afterCompletion(int status) {
            owner.generation.incrementAndGet();
        }
    }
}
