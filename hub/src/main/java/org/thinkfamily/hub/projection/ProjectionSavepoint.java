package org.thinkfamily.hub.projection;

import java.sql.SQLTransientException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.messaging.InterceptorChain;
import org.springframework.stereotype.Component;
import org.thinkfamily.hub.messaging.Savepoints;

/**
 * Lets a projection's batch transaction park one failing event and commit the others. On PostgreSQL a failed
 * statement spoils the whole transaction, so the failing event's handler must have run inside a JDBC savepoint to
 * be rolled back alone. A savepoint costs two round trips an event, and events almost never fail, so handlers run
 * without one until one fails: that failure is answered as one to retry ({@link RetryWithSavepoints}), the batch is
 * rolled back whole (nothing of the failing event is kept, on any database), and for the next
 * {@value #CAREFUL_SECONDS} s every event runs in a savepoint, so the batch tried again parks that event alone. A
 * projection opts in with
 * {@code @MessageHandlerInterceptor Object inSavepoint(InterceptorChain chain) { return savepoint.around(chain); }}.
 */
@Component
public class ProjectionSavepoint {

    static final int CAREFUL_SECONDS = 60;

    private final Savepoints savepoints;
    private final Clock clock;
    private volatile Instant carefulUntil = Instant.MIN;

    ProjectionSavepoint(Savepoints savepoints, Clock clock) {
        this.savepoints = savepoints;
        this.clock = clock;
    }

    public Object around(InterceptorChain chain) throws Exception {
        if (careful()) {
            return savepoints.run(chain::proceed, kept -> true);
        }
        try {
            return chain.proceed();
        } catch (Exception | Error failed) {
            beCareful();
            throw new RetryWithSavepoints(failed);
        }
    }

    /** Whether events run in a savepoint each, after a recent failure. */
    boolean careful() {
        return clock.instant().isBefore(carefulUntil);
    }

    /** A batch failed outside the savepoints: the next tries run each event in one. */
    void beCareful() {
        carefulUntil = clock.instant().plus(Duration.ofSeconds(CAREFUL_SECONDS));
    }

    /** An event failed outside a savepoint: its batch is to be tried again, each event in one. */
    static final class RetryWithSavepoints extends SQLTransientException {
        RetryWithSavepoints(Throwable failed) {
            super("an event failed outside a savepoint; the batch is tried again with one per event", failed);
        }
    }
}
