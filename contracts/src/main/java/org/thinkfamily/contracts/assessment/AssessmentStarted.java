package org.thinkfamily.contracts.assessment;

import org.axonframework.serialization.Revision;

/** The family's one assessment started. Each event of it is stamped with its time; {@code author} and {@code agency} (null when none) say who. */
@Revision("1")
public record AssessmentStarted(String assessmentId, String familyId, String startedBy) {}
