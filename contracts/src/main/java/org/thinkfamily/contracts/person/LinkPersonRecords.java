package org.thinkfamily.contracts.person;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Link this person, and every record already linked into them ({@code recordPersonIds}), into another
 * person: from now on the hub reads all of them as {@code intoPersonId}. Score and evidence are those of
 * the match, when one was scored; {@code reviewPairId} names the review pair a manager confirmed.
 */
public record LinkPersonRecords(
        @TargetAggregateIdentifier String personId,
        String intoPersonId,
        List<String> recordPersonIds,
        LinkReason reason,
        Double score,
        List<MatchEvidence> evidence,
        String reviewPairId,
        String sourceEventId) {}
