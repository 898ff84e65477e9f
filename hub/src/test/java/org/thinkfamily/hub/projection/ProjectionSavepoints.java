package org.thinkfamily.hub.projection;

import javax.sql.DataSource;
import org.thinkfamily.hub.messaging.Savepoints;

/** The savepoint a projection runs each event in, for slice tests that construct projections themselves. */
public final class ProjectionSavepoints {

    private ProjectionSavepoints() {}

    public static ProjectionSavepoint on(DataSource dataSource) {
        return new ProjectionSavepoint(new Savepoints(dataSource), java.time.Clock.systemUTC());
    }
}
