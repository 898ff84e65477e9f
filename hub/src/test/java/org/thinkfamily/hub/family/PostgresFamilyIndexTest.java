package org.thinkfamily.hub.family;

import org.thinkfamily.hub.support.ProjectionSlice;
import org.thinkfamily.hub.support.RequiresPostgres;

/** The family index's slice on PostgreSQL. */
@RequiresPostgres
class PostgresFamilyIndexTest extends FamilyIndexTest {

    @Override
    ProjectionSlice open() {
        return ProjectionSlice.postgres();
    }
}
