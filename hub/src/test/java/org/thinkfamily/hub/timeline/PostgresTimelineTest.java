package org.thinkfamily.hub.timeline;

import org.thinkfamily.hub.support.OnPostgres;

/** The timeline scenarios on PostgreSQL. */
@OnPostgres
class PostgresTimelineTest extends TimelineScenarios {}
