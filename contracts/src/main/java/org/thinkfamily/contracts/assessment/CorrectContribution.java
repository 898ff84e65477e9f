package org.thinkfamily.contracts.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A new version of a contribution's text; the earlier versions stay. */
public record CorrectContribution(
        @TargetAggregateIdentifier String assessmentId,
        ContributionKind kind,
        String contributionId,
        String text,
        Contributor by,
        FamilyFacts family) {}
