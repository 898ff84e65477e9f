package org.thinkfamily.hub.audit;

/** The audit scenarios on the embedded default (H2). */
class EmbeddedAuditTest extends AuditScenarios {}
