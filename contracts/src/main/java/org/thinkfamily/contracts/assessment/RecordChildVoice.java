package org.thinkfamily.contracts.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A child's own words in one of the Three Houses; {@code house} as written, checked by the assessment. */
public record RecordChildVoice(
        @TargetAggregateIdentifier String assessmentId,
        String voiceId,
        String personId,
        String house,
        String text,
        Contributor by,
        FamilyFacts family) {}
