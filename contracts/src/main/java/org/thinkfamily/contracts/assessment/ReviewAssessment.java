package org.thinkfamily.contracts.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes the current cycle with a summary; the next cycle starts from its content. */
public record ReviewAssessment(
        @TargetAggregateIdentifier String assessmentId, String summary, Contributor by, FamilyFacts family) {}
