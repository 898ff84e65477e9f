package org.thinkfamily.hub.family;

/** The family scenarios on the embedded default (H2). */
class EmbeddedFamilyTest extends FamilyScenarios {}
