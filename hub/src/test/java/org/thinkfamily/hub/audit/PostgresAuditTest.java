package org.thinkfamily.hub.audit;

import org.thinkfamily.hub.support.OnPostgres;

/** The audit scenarios on PostgreSQL. */
@OnPostgres
class PostgresAuditTest extends AuditScenarios {}
