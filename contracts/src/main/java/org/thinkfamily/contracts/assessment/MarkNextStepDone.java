package org.thinkfamily.contracts.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record MarkNextStepDone(
        @TargetAggregateIdentifier String assessmentId,
        String goalId,
        String stepId,
        Contributor by,
        FamilyFacts family) {}
