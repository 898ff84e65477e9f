package org.thinkfamily.hub.frontdoor;

/** The front door on the embedded default (H2, demo accounts). A hub of its own: the form's addresses get limited. */
class FrontDoorTest extends FrontDoorScenarios {}
