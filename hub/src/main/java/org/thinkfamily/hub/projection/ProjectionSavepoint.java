package org.thinkfamily.hub.projection;

import org.axonframework.messaging.InterceptorChain;
import org.springframework.stereotype.Component;
import org.thinkfamily.hub.messaging.Savepoints;

/**
 * Runs one event's handler inside a JDBC savepoint of the projection's batch transaction. On PostgreSQL a
 * failed statement spoils the whole transaction; rolled back to the savepoint instead, the batch can
 * still park that event in the dead-letter queue and commit the others. A projection opts in with
 * {@code @MessageHandlerInterceptor Object inSavepoint(InterceptorChain chain) { return savepoint.around(chain); }}.
 */
@Component
public class ProjectionSavepoint {

    private final Savepoints savepoints;

    ProjectionSavepoint(Savepoints savepoints) {
        this.savepoints = savepoints;
    }

    public Object around(InterceptorChain chain) throws Exception {
        return savepoints.run(chain::proceed, kept -> true);
    }
}
