package org.thinkfamily.hub.frontdoor;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.frontdoor.ContactCount;
import org.thinkfamily.contracts.frontdoor.ContactOutcome;
import org.thinkfamily.contracts.frontdoor.PublicRequest;

/**
 * The queue as managers read it. A contact is a {@code repeat} when its family had two or more contacts in
 * the 12 months up to it (itself included): the second contact about a family is the first repeat.
 */
@Component
class ContactReads {

    private static final String COLUMNS =
            "select contact_id, reference, received_at, from_party, reason, contacted_by, family_id,"
                    + " status, outcome, decision_reason, decided_by, decided_at, request from contact";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ObjectMapper json;

    ContactReads(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, ObjectMapper json) {
        this.jdbc = jdbc;
        this.named = named;
        this.json = json;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Decision(ContactOutcome outcome, String reason, String decidedBy, Instant decidedAt) {}

    /** @param request what a member of the public typed, for a contact {@code from} PUBLIC */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ContactView(
            String contactId,
            String reference,
            Instant receivedAt,
            String from,
            String reason,
            String contactedBy,
            String familyId,
            boolean repeat,
            String status,
            Decision decision,
            PublicRequest request) {}

    /** One page, oldest first (a queue); {@code status} null for every contact. */
    List<ContactView> list(String status, int page, int size) {
        List<Row> rows = status == null
                ? jdbc.query(
                        COLUMNS + " order by received_at, contact_id offset ? rows fetch next ? rows only",
                        this::row,
                        (long) page * size,
                        size)
                : jdbc.query(
                        COLUMNS
                                + " where status = ? order by received_at, contact_id offset ? rows fetch next ? rows only",
                        this::row,
                        status,
                        (long) page * size,
                        size);
        return withRepeats(rows);
    }

    Optional<ContactView> find(String contactId) {
        return withRepeats(jdbc.query(COLUMNS + " where contact_id = ?", this::row, contactId)).stream()
                .findFirst();
    }

    private List<ContactView> withRepeats(List<Row> rows) {
        List<String> families = rows.stream()
                .map(r -> r.view.familyId())
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        Map<String, List<Instant>> receivedByFamily = new HashMap<>();
        if (!families.isEmpty()) {
            named.query(
                    "select family_id, received_at from contact where family_id in (:families)",
                    Map.of("families", families),
                    rs -> {
                        receivedByFamily
                                .computeIfAbsent(rs.getString(1), f -> new ArrayList<>())
                                .add(rs.getTimestamp(2).toInstant());
                    });
        }
        return rows.stream()
                .map(r -> {
                    ContactView v = r.view;
                    if (v.familyId() == null) {
                        return v;
                    }
                    Instant from = ContactCounts.twelveMonthsBefore(v.receivedAt());
                    long count = receivedByFamily.getOrDefault(v.familyId(), List.of()).stream()
                            .filter(at -> at.isAfter(from) && !at.isAfter(v.receivedAt()))
                            .count();
                    return new ContactView(
                            v.contactId(),
                            v.reference(),
                            v.receivedAt(),
                            v.from(),
                            v.reason(),
                            v.contactedBy(),
                            v.familyId(),
                            ContactCount.of((int) count).repeat(),
                            v.status(),
                            v.decision(),
                            v.request());
                })
                .toList();
    }

    private record Row(ContactView view) {}

    private Row row(ResultSet rs, int i) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        Decision decision = rs.getString("outcome") == null
                ? null
                : new Decision(
                        ContactOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("decision_reason"),
                        rs.getString("decided_by"),
                        decidedAt == null ? null : decidedAt.toInstant());
        return new Row(new ContactView(
                rs.getString("contact_id"),
                rs.getString("reference"),
                rs.getTimestamp("received_at").toInstant(),
                rs.getString("from_party"),
                rs.getString("reason"),
                rs.getString("contacted_by"),
                rs.getString("family_id"),
                false,
                rs.getString("status"),
                decision,
                read(rs.getString("request"))));
    }

    private PublicRequest read(String request) {
        if (request == null) {
            return null;
        }
        try {
            return json.readValue(request, PublicRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored public request is not readable", e);
        }
    }
}
