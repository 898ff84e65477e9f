package org.thinkfamily.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.thinkfamily.contracts.person.MatchEvidence;

/** V14 turns the evidence stored as text before it into JSON, on H2 here (PostgreSQL: the subclass). */
class MatchEvidenceMigrationTest {

    static final List<MatchEvidence> EVIDENCE =
            List.of(new MatchEvidence("familyName", "AGREE", 6.0), new MatchEvidence("givenName", "DISAGREE", -4.0));

    @Test
    void evidence_stored_as_text_is_converted_to_json() {
        converts(
                new DriverManagerDataSource("jdbc:h2:mem:v10-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""),
                Map.of("binary_type", "blob", "text_type", "clob"));
    }

    static void converts(DriverManagerDataSource database, Map<String, String> placeholders) {
        flyway(database, placeholders, "13").migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into match_review (pair_id, person_id, candidate_person_id, score, evidence, queued_at, status)"
                        + " values ('pair', 'p1', 'p2', 14.0, 'familyName AGREE 6.0; givenName DISAGREE -4.0', ?, 'OPEN')",
                now);
        jdbc.update(
                "insert into match_history (person_id, event_id, recorded_at, decision, score, evidence)"
                        + " values ('p1', 'e1', ?, 'REVIEW_QUEUED', 14.0, 'familyName AGREE 6.0; givenName DISAGREE -4.0')",
                now);
        jdbc.update(
                "insert into match_history (person_id, event_id, recorded_at, decision, score, evidence)"
                        + " values ('p1', 'e2', ?, 'LINKED_BY_DETAILS', 20.0, '')",
                now);
        jdbc.update(
                "insert into match_history (person_id, event_id, recorded_at, decision) values ('p1', 'e3', ?, 'REGISTERED')",
                now);

        flyway(database, placeholders, "latest").migrate();

        assertThat(MatchEvidenceColumn.read(jdbc.queryForObject("select evidence from match_review", String.class)))
                .isEqualTo(EVIDENCE);
        assertThat(jdbc.queryForList("select evidence from match_history order by event_id", String.class))
                .satisfiesExactly(
                        e1 -> assertThat(MatchEvidenceColumn.read(e1)).isEqualTo(EVIDENCE),
                        e2 -> assertThat(e2).isEqualTo("[]"),
                        e3 -> assertThat(e3).isNull());
    }

    private static Flyway flyway(DriverManagerDataSource database, Map<String, String> placeholders, String target) {
        return Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .placeholders(placeholders)
                .target(target)
                .load();
    }
}
