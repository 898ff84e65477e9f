package org.thinkfamily.contracts.assessment;

import org.axonframework.serialization.Revision;

@Revision("1")
public record NextStepDone(String assessmentId, String goalId, String stepId, String doneBy, String agency) {}
