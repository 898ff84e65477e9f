package org.thinkfamily.hub.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.person.MatchEvidence;

/** A person's identity decisions, oldest first, as the identity index recorded them. */
@Component
class MatchHistory {

    private final NamedParameterJdbcTemplate jdbc;

    MatchHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param recordPersonId the person record the decision is about (one of the person's records)
     * @param decision       REGISTERED, IDENTIFIER_ADDED:&lt;system&gt;, LINKED:&lt;reason&gt; (into {@code otherPersonId}),
     *                       UNLINKED (from it), REVIEW_QUEUED, REVIEW_REJECTED, CONFLICT:&lt;system&gt;, and
     *                       LINKED_BY_DETAILS from before links were records of their own
     * @param evidence       null for a decision without any; written as text in the API ("field OUTCOME weight; ...")
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Decision(
            Instant at,
            String recordPersonId,
            String decision,
            Double score,

            @JsonSerialize(converter = MatchEvidenceColumn.AsText.class)
            List<MatchEvidence> evidence,

            String otherPersonId,
            String sourceEventId) {}

    /** The decisions about every record the person is made of now, so that each link can be explained. */
    List<Decision> of(List<String> recordPersonIds) {
        return jdbc.query(
                """
                select recorded_at, person_id, decision, score, evidence, other_person_id, source_event_id from match_history
                where person_id in (:records) order by recorded_at, event_id""",
                Map.of("records", recordPersonIds),
                (rs, i) -> new Decision(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getDouble(4),
                        MatchEvidenceColumn.read(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7)));
    }
}
