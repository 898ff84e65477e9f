package org.thinkfamily.hub.timeline;

import org.thinkfamily.hub.support.ProjectionSlice;
import org.thinkfamily.hub.support.RequiresPostgres;

/** The timeline's slice on PostgreSQL: a refused repeat is rolled back to its savepoint there too. */
@RequiresPostgres
class PostgresTimelineProjectionTest extends TimelineProjectionTest {

    @Override
    ProjectionSlice open() {
        return ProjectionSlice.postgres();
    }
}
