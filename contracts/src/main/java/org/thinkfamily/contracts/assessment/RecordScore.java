package org.thinkfamily.contracts.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A participant's scaling, 0 (the children cannot stay at home) to 10 (safe enough to close). */
public record RecordScore(
        @TargetAggregateIdentifier String assessmentId,
        String scoreId,
        Integer score,
        String participant,
        Contributor by,
        FamilyFacts family) {}
