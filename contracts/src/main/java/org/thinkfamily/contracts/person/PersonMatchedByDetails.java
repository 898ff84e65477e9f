package org.thinkfamily.contracts.person;

import org.axonframework.serialization.Revision;

import java.util.List;

@Revision("1")
public record PersonMatchedByDetails(String personId, String sourceEventId, double score, List<MatchEvidence> evidence) {
}
