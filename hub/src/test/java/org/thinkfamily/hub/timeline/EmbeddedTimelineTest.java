package org.thinkfamily.hub.timeline;

/** The timeline scenarios on the embedded default (H2). */
class EmbeddedTimelineTest extends TimelineScenarios {}
