package org.thinkfamily.hub.family;

import org.thinkfamily.hub.support.ProjectionSlice;
import org.thinkfamily.hub.support.RequiresPostgres;

/** Household composition's slice on PostgreSQL. */
@RequiresPostgres
class PostgresHouseholdCompositionTest extends HouseholdCompositionTest {

    @Override
    ProjectionSlice open() {
        return ProjectionSlice.postgres();
    }
}
