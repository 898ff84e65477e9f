package org.thinkfamily.hub.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** A person's identity decisions, oldest first, as the identity index recorded them. */
@Component
class MatchHistory {

    private final JdbcTemplate jdbc;

    MatchHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param decision REGISTERED, IDENTIFIER_ADDED:&lt;system&gt;, LINKED_BY_DETAILS, REVIEW_QUEUED, CONFLICT:&lt;system&gt;
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Decision(Instant at, String decision, Double score, String evidence, String otherPersonId, String sourceEventId) {
    }

    List<Decision> of(String personId) {
        return jdbc.query("""
                select recorded_at, decision, score, evidence, other_person_id, source_event_id from match_history
                where person_id = ? order by recorded_at, event_id""",
                (rs, i) -> new Decision(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        rs.getObject(3) == null ? null : rs.getDouble(3), rs.getString(4), rs.getString(5), rs.getString(6)), personId);
    }
}
