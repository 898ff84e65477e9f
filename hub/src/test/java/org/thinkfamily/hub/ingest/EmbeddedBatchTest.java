package org.thinkfamily.hub.ingest;

/** Batch semantics on the embedded database. */
class EmbeddedBatchTest extends BatchScenarios {}
