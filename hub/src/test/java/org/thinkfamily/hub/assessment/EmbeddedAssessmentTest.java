package org.thinkfamily.hub.assessment;

/** The assessment's scenarios on the embedded default. */
class EmbeddedAssessmentTest extends AssessmentScenarios {}
