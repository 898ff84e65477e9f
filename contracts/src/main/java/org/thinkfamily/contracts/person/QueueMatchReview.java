package org.thinkfamily.contracts.person;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * This person, registered provisionally, may be the same as another: the score fell between the two
 * thresholds, so a manager decides.
 */
public record QueueMatchReview(
        @TargetAggregateIdentifier String personId,
        String candidatePersonId,
        double score,
        List<MatchEvidence> evidence,
        String sourceEventId) {}
