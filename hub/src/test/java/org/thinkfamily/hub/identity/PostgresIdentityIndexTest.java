package org.thinkfamily.hub.identity;

import org.thinkfamily.hub.support.ProjectionSlice;
import org.thinkfamily.hub.support.RequiresPostgres;

/** The identity index's slice on PostgreSQL. */
@RequiresPostgres
class PostgresIdentityIndexTest extends IdentityIndexTest {

    @Override
    ProjectionSlice open() {
        return ProjectionSlice.postgres();
    }
}
