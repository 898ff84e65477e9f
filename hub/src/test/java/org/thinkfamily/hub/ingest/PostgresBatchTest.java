package org.thinkfamily.hub.ingest;

import org.thinkfamily.hub.support.OnPostgres;

/** Batch semantics on PostgreSQL, where a failed statement would spoil the whole transaction but for the savepoint. */
@OnPostgres
class PostgresBatchTest extends BatchScenarios {}
