package org.thinkfamily.contracts.person;

import org.axonframework.serialization.Revision;

import java.util.List;

@Revision("1")
public record MatchReviewQueued(String personId, String candidatePersonId, double score, List<MatchEvidence> evidence,
                                String sourceEventId) {
}
