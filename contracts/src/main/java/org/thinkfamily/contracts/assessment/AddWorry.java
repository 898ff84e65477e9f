package org.thinkfamily.contracts.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code kind} as written by the contributor; the assessment checks it is a {@link WorryKind}. */
public record AddWorry(
        @TargetAggregateIdentifier String assessmentId,
        String worryId,
        String kind,
        String text,
        boolean professionalOnly,
        Contributor by,
        FamilyFacts family) {}
