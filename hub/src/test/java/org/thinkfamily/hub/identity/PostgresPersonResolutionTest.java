package org.thinkfamily.hub.identity;

import org.thinkfamily.hub.support.ProjectionSlice;
import org.thinkfamily.hub.support.RequiresPostgres;

/** Identity resolution's slice on PostgreSQL. */
@RequiresPostgres
class PostgresPersonResolutionTest extends PersonResolutionTest {

    @Override
    ProjectionSlice open() {
        return ProjectionSlice.postgres();
    }
}
