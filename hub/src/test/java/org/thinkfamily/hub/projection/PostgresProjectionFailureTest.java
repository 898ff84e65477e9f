package org.thinkfamily.hub.projection;

import org.thinkfamily.hub.support.OnPostgres;

/** The projection failure scenarios on PostgreSQL. */
@OnPostgres
class PostgresProjectionFailureTest extends ProjectionFailureScenarios {}
