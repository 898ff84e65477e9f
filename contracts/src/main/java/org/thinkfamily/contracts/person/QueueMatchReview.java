package org.thinkfamily.contracts.person;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * This person, registered provisionally, may be the same as another: the score fell between the two
 * thresholds, so a manager decides.
 */
public record QueueMatchReview(@TargetAggregateIdentifier String personId, String candidatePersonId, double score,
                               List<MatchEvidence> evidence, String sourceEventId) {
}
