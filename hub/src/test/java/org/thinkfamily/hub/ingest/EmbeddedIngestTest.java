package org.thinkfamily.hub.ingest;

/** The ingest scenarios on the embedded default (H2). */
class EmbeddedIngestTest extends IngestScenarios {}
