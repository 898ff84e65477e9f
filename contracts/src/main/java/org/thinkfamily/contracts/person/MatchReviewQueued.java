package org.thinkfamily.contracts.person;

import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record MatchReviewQueued(
        String personId, String candidatePersonId, double score, List<MatchEvidence> evidence, String sourceEventId) {}
