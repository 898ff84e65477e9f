package org.thinkfamily.hub.assessment;

import org.thinkfamily.hub.support.OnPostgres;

/** The assessment's scenarios on PostgreSQL (the production profile, with the demo accounts added). */
@OnPostgres
class PostgresAssessmentTest extends AssessmentScenarios {}
