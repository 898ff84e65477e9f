package org.thinkfamily.hub.ingest;

import org.thinkfamily.hub.support.OnPostgres;

/** The ingest scenarios on PostgreSQL. */
@OnPostgres
class PostgresIngestTest extends IngestScenarios {}
