package org.thinkfamily.hub.family;

import org.thinkfamily.hub.support.OnPostgres;

/** The family scenarios on PostgreSQL. */
@OnPostgres
class PostgresFamilyTest extends FamilyScenarios {}
