package org.thinkfamily.hub.frontdoor;

import org.thinkfamily.hub.support.OnPostgres;

/** The front door on PostgreSQL (the production profile, with the demo accounts added). */
@OnPostgres
class PostgresFrontDoorTest extends FrontDoorScenarios {}
