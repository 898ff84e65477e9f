package org.thinkfamily.contracts.person;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Record that an agency's record was linked to this person by its details (no shared strong identifier). */
public record RecordPersonMatch(@TargetAggregateIdentifier String personId, String sourceEventId, double score,
                                List<MatchEvidence> evidence) {
}
