package org.thinkfamily.hub.identity;

import org.thinkfamily.hub.support.OnPostgres;

/** The identity scenarios on PostgreSQL. */
@OnPostgres
class PostgresIdentityTest extends IdentityScenarios {}
