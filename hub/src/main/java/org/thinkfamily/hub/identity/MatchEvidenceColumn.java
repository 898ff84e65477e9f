package org.thinkfamily.hub.identity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.StdConverter;
import java.util.List;
import org.thinkfamily.contracts.person.MatchEvidence;
import org.thinkfamily.hub.identity.matching.MatchCandidates;

/**
 * Match evidence as the identity index stores it ({@code match_review.evidence}, {@code match_history.evidence}):
 * a JSON array of {@link MatchEvidence}, {@code [{"field":"birthDate","outcome":"AGREE","weight":8.0}, ...]}.
 * A mapper of its own, so the stored form never follows the web's JSON settings.
 */
final class MatchEvidenceColumn {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<MatchEvidence>> LIST = new TypeReference<>() {};

    private MatchEvidenceColumn() {}

    static String write(List<MatchEvidence> evidence) {
        try {
            return JSON.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("match evidence could not be written as JSON", e);
        }
    }

    /** @return the evidence, or null for a decision stored without any */
    static List<MatchEvidence> read(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return List.copyOf(JSON.readValue(stored, LIST));
        } catch (JsonProcessingException e) {
            // the exception would quote the column; it holds field names only, but say no more than where
            throw new IllegalStateException("stored match evidence is not a JSON array of evidence");
        }
    }

    /** The API's form of evidence: "field OUTCOME weight; ..." (see {@link MatchCandidates#describe}). */
    static final class AsText extends StdConverter<List<MatchEvidence>, String> {
        @Override
        public String convert(List<MatchEvidence> evidence) {
            return MatchCandidates.describe(evidence);
        }
    }
}
