package org.thinkfamily.hub.identity;

/** The identity scenarios on the embedded default (H2). */
class EmbeddedIdentityTest extends IdentityScenarios {}
