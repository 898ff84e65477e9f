package org.thinkfamily.hub.projection;

/** The projection failure scenarios on the embedded default (H2). */
class EmbeddedProjectionFailureTest extends ProjectionFailureScenarios {}
