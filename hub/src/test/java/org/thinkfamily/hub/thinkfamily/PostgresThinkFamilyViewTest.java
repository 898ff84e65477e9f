package org.thinkfamily.hub.thinkfamily;

import org.thinkfamily.hub.support.OnPostgres;

/** The Think Family view's scenarios on PostgreSQL (the production profile, with the demo accounts added). */
@OnPostgres
class PostgresThinkFamilyViewTest extends ThinkFamilyViewScenarios {}
