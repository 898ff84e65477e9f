package org.thinkfamily.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.thinkfamily.contracts.assessment.AddGoal;
import org.thinkfamily.contracts.assessment.Contributor;
import org.thinkfamily.contracts.assessment.FamilyFacts;
import org.thinkfamily.contracts.assessment.MarkNextStepDone;
import org.thinkfamily.contracts.assessment.RecordScore;
import org.thinkfamily.contracts.assessment.StartAssessment;
import org.thinkfamily.contracts.family.AddTeamMember;
import org.thinkfamily.contracts.family.AssignLeadProfessional;
import org.thinkfamily.contracts.family.CloseFamily;
import org.thinkfamily.contracts.family.DecideTier;
import org.thinkfamily.contracts.published.ingest.IngestPort;
import org.thinkfamily.contracts.published.ingest.IngestStatus;
import org.thinkfamily.hub.HubApplication;
import org.thinkfamily.hub.messaging.Commands;
import org.thinkfamily.hub.support.PostgresTestDatabase;
import org.thinkfamily.hub.support.RequiresPostgres;

/**
 * On PostgreSQL: the family as the hub knew it at an instant ({@code family --as-at}) equals the family a hub shows now after
 * replaying only the events stored up to that instant: for two random instants over a history of agency records and
 * people's decisions (a lead professional, a tier, a team member, an assessment's goal, step and scores, a closure,
 * another lead), the members, the five
 * questions (the priorities from the shared assessment's goals), the needs, the tier, the lead professional, the
 * team, the closure and the assessment's cycle and latest scores agree.
 */
@RequiresPostgres
class AsAtReplayCutTest {

    @Test
    void the_family_as_known_at_random_instants_equals_a_replay_of_the_store_cut_there() throws Exception {
        String url = PostgresTestDatabase.create();
        JdbcTemplate store = jdbc(url);
        List<Instant> afterRounds = new ArrayList<>();
        String familyId = history(url, store, afterRounds);

        List<Instant> stamps = new ArrayList<>();
        store.query("select time_stamp from domain_event_entry", rs -> {
            stamps.add(Instant.parse(rs.getString(1)));
        });
        // from the moment the family started: before it, the hub did not know it
        Instant first = Instant.parse(store.queryForObject(
                "select time_stamp from domain_event_entry where aggregate_identifier = ? and sequence_number = 0",
                String.class,
                familyId));
        Instant last = stamps.stream().max(Instant::compareTo).orElseThrow();
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int compared = 0;
        // just after the assessment was started with a goal and a score, then a random instant
        for (int i = 0; i < 2; i++) {
            Instant at = i == 0
                    ? afterRounds.get(1)
                    : first.plusMillis(1 + (long) (random.nextDouble() * (last.toEpochMilli() - first.toEpochMilli())));
            Tool.Run asAt = Tool.run(settings(url, "family", familyId, "--as-at", at.toString(), "--json"));
            assertThat(asAt.status()).as(asAt.err()).isZero();
            JsonNode cut = replayCut(store, at, familyId);
            assertThat(comparable(new ObjectMapper().readTree(asAt.out())))
                    .as("as at %s (seed %d)", at, seed)
                    .isEqualTo(cut);
            if (i == 0) {
                assertThat(cut.at("/assessment/cycle").asInt())
                        .as("the assessment as it stood")
                        .isEqualTo(1);
                assertThat(cut.at("/assessment/latestScaling/0/score").asInt()).isEqualTo(4);
                assertThat(cut.at("/questions/priorities/facts/0/text").asText())
                        .startsWith("The children get to school every day");
            }
            compared++;
        }
        assertThat(compared)
                .as("instants at which the family existed (seed %d)", seed)
                .isGreaterThanOrEqualTo(2);
    }

    private static final Contributor LEAD = new Contributor("lead", null);
    private static final FamilyFacts OPEN = new FamilyFacts(false, java.util.Set.of());

    /**
     * Agency records in four rounds, with decisions on the first family between each: a lead professional; a tier, a
     * team member, the shared assessment with a goal and a score; the step done, a new score and the family closed;
     * another lead professional.
     */
    private static String history(String url, JdbcTemplate store, List<Instant> afterRounds) throws Exception {
        var events = SyntheticEvents.generate("cut", 40, 4);
        try (ConfigurableApplicationContext hub = new SpringApplicationBuilder(HubApplication.class)
                .web(WebApplicationType.NONE)
                .run(settings(url))) {
            IngestPort ingest = hub.getBean(IngestPort.class);
            Commands commands = hub.getBean(Commands.class);
            String familyId = null;
            for (int round = 0; round < 4; round++) {
                for (var event : events.subList(round * 10, round * 10 + 10)) {
                    assertThat(ingest.ingest(event, "test").status()).isEqualTo(IngestStatus.ACCEPTED);
                }
                if (familyId == null) {
                    familyId = store.queryForObject("select min(family_id) from family_record", String.class);
                }
                Thread.sleep(50);
                switch (round) {
                    case 0 -> commands.sendAs("manager", new AssignLeadProfessional(familyId, "lead"));
                    case 1 -> {
                        commands.sendAs("manager", new DecideTier(familyId, 3, "targeted early help", "manager"));
                        commands.sendAs("manager", new AddTeamMember(familyId, "dsl", "bradford-school", "manager"));
                        commands.sendAs("lead", StartAssessment.forFamily(familyId, LEAD, false));
                        commands.sendAs(
                                "lead",
                                new AddGoal(
                                        StartAssessment.idOf(familyId),
                                        "goal-1",
                                        "The children get to school every day",
                                        List.of(new AddGoal.Step("step-1", "Walk them in", "mother", "2026-12-31")),
                                        false,
                                        LEAD,
                                        OPEN));
                        commands.sendAs(
                                "lead",
                                new RecordScore(StartAssessment.idOf(familyId), "score-1", 4, "lead", LEAD, OPEN));
                    }
                    case 2 -> {
                        commands.sendAs(
                                "lead",
                                new MarkNextStepDone(StartAssessment.idOf(familyId), "goal-1", "step-1", LEAD, OPEN));
                        commands.sendAs(
                                "lead",
                                new RecordScore(StartAssessment.idOf(familyId), "score-2", 6, "lead", LEAD, OPEN));
                        commands.sendAs("manager", new CloseFamily(familyId, "stepped down", "manager"));
                    }
                    default -> commands.sendAs("manager", new AssignLeadProfessional(familyId, "lead2"));
                }
                Thread.sleep(50);
                afterRounds.add(Instant.now());
                Thread.sleep(50);
            }
            String id = familyId;
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> store.queryForObject(
                                    "select count(*) from token_entry where token is not null", Integer.class)
                            > 0);
            return id;
        }
    }

    /**
     * A store holding only the events stored by {@code at} (and every person's key), every projection rebuilt from
     * it, and the family as that store shows it now.
     */
    private JsonNode replayCut(JdbcTemplate store, Instant at, String familyId) throws Exception {
        String copyUrl = PostgresTestDatabase.create();
        Tool.Run created = Tool.run(settings(copyUrl, "verify")); // creates the schema
        assertThat(created.status()).as(created.err()).isZero();
        JdbcTemplate copy = jdbc(copyUrl);
        long max = 0;
        for (Map<String, Object> row : store.queryForList("select * from domain_event_entry order by global_index")) {
            if (Instant.parse((String) row.get("TIME_STAMP")).isAfter(at)) {
                continue;
            }
            copy.update(
                    "insert into domain_event_entry (global_index, event_identifier, aggregate_identifier,"
                            + " sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row.get("GLOBAL_INDEX"),
                    row.get("EVENT_IDENTIFIER"),
                    row.get("AGGREGATE_IDENTIFIER"),
                    row.get("SEQUENCE_NUMBER"),
                    row.get("TYPE"),
                    row.get("TIME_STAMP"),
                    row.get("PAYLOAD_TYPE"),
                    row.get("PAYLOAD_REVISION"),
                    row.get("PAYLOAD"),
                    row.get("META_DATA"));
            max = Math.max(max, ((Number) row.get("GLOBAL_INDEX")).longValue());
        }
        copy.execute("alter sequence domain_event_entry_seq restart with " + (max + 1));
        for (Map<String, Object> key : store.queryForList("select * from person_key")) {
            copy.update(
                    "insert into person_key (data_subject, key_bytes, created_at, erased_at) values (?, ?, ?, ?)",
                    key.get("DATA_SUBJECT"),
                    key.get("KEY_BYTES"),
                    key.get("CREATED_AT"),
                    key.get("ERASED_AT"));
        }
        Tool.Run rebuilt = Tool.run(settings(copyUrl, "rebuild", "--all"));
        assertThat(rebuilt.status()).as(rebuilt.err()).isZero();
        Tool.Run now = Tool.run(settings(copyUrl, "family", familyId, "--json"));
        assertThat(now.status()).as(now.err()).isZero();
        return comparable(new ObjectMapper().readTree(now.out()));
    }

    /** The command's arguments, then the settings of a hub on this database. */
    private static String[] settings(String url, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresTestDatabase.USER,
                "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
                "--spring.profiles.active=postgres"));
        return args.toArray(String[]::new);
    }

    private static JdbcTemplate jdbc(String url) {
        return new JdbcTemplate(
                new DriverManagerDataSource(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD));
    }

    /** The view without when it was asked for. */
    private static JsonNode comparable(JsonNode view) {
        ObjectNode copy = view.deepCopy();
        copy.remove("asAt");
        return copy;
    }
}
