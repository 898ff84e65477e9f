package org.thinkfamily.contracts.assessment;

import org.axonframework.serialization.Revision;

/** Cycle {@code cycle} is closed as it stands; cycle + 1 opens with the same content. */
@Revision("1")
public record AssessmentReviewed(String assessmentId, int cycle, String summary, String reviewedBy, String agency) {}
