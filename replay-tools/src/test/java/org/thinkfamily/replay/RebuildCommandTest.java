package org.thinkfamily.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.thinkfamily.contracts.assessment.AddWorry;
import org.thinkfamily.contracts.assessment.Contributor;
import org.thinkfamily.contracts.assessment.FamilyFacts;
import org.thinkfamily.contracts.assessment.StartAssessment;
import org.thinkfamily.contracts.frontdoor.ContactNarrative;
import org.thinkfamily.contracts.frontdoor.ContactReceived;
import org.thinkfamily.contracts.frontdoor.ReceiveContact;
import org.thinkfamily.contracts.published.ingest.IngestPort;
import org.thinkfamily.contracts.published.ingest.IngestStatus;
import org.thinkfamily.hub.HubApplication;
import org.thinkfamily.hub.projection.ProcessingGroups;

/** {@code replay-tools rebuild timeline} on a store the hub wrote: the same projection, row for row. */
class RebuildCommandTest {

    @TempDir
    Path dir;

    /** The hub, without its web side, on the store at {@code url}, with 40 synthetic agency events taken. */
    static ConfigurableApplicationContext startHub(String url) {
        return new SpringApplicationBuilder(HubApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url, "--spring.main.banner-mode=off");
    }

    static ConfigurableApplicationContext hubWithFortyEvents(String url) {
        ConfigurableApplicationContext hub = startHub(url);
        IngestPort ingest = hub.getBean(IngestPort.class);
        SyntheticEvents.generate("test", 40, 5)
                .forEach(event ->
                        assertThat(ingest.ingest(event, "test").status()).isEqualTo(IngestStatus.ACCEPTED));
        return hub;
    }

    @Test
    void rebuilding_the_timeline_reproduces_it_and_reports_the_events_replayed() throws Exception {
        String url = storeWithFortyEventsOnTheTimeline();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
        Map<String, List<Map<String, Object>>> before = timeline(jdbc);
        long stored = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ReplayTools.run(
                new String[] {"rebuild", ProcessingGroups.TIMELINE, "--json", "--spring.datasource.url=" + url},
                new PrintWriter(out, true),
                new PrintWriter(err, true));

        assertThat(status).as(err.toString()).isZero();
        JsonNode result = new ObjectMapper().readTree(out.toString());
        assertThat(result.get("projection").asText()).isEqualTo("timeline");
        assertThat(result.get("eventsReplayed").asLong()).isEqualTo(stored);
        assertThat(timeline(jdbc)).isEqualTo(before);
        assertThat(before.get("timeline_entry")).hasSize(40);
    }

    /** The indexes written with the commands (subscribing, never reset by Axon): emptied and replayed from the store. */
    @Test
    void rebuilding_the_indexes_written_with_the_commands_reproduces_them_row_for_row() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("thinkfamily") + ";WRITE_DELAY=0";
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
        try (var hub = hubWithFortyEvents(url)) {
            // a family's assessment with a worry, and a contact from the public
            CommandGateway commands = hub.getBean(CommandGateway.class);
            String familyId = jdbc.queryForObject("select min(family_id) from family_membership", String.class);
            Contributor lead = new Contributor("lead", null);
            String assessmentId = StartAssessment.idOf(familyId);
            commands.sendAndWait(StartAssessment.forFamily(familyId, lead, false));
            commands.sendAndWait(new AddWorry(
                    assessmentId,
                    UUID.randomUUID().toString(),
                    "DANGER_STATEMENT",
                    "a worry",
                    false,
                    lead,
                    new FamilyFacts(false, Set.of())));
            commands.sendAndWait(new ReceiveContact(
                    UUID.randomUUID().toString(),
                    Instant.parse("2026-11-01T10:00:00Z"),
                    ContactReceived.PUBLIC,
                    null,
                    List.of(),
                    null,
                    new ContactNarrative("a child", "worried", "a neighbour", null)));
        }
        Map<String, List<Map<String, Object>>> before = indexes(jdbc);
        assertThat(before.get("person_link")).isNotEmpty();
        assertThat(before.get("family_membership")).isNotEmpty();
        assertThat(before.get("assessment_contribution")).hasSize(1);
        assertThat(before.get("contact")).hasSize(1);
        jdbc.update("delete from person_link");
        jdbc.update("delete from family_membership_reason");
        jdbc.update("delete from assessment_version");
        jdbc.update("delete from contact");

        for (String index : ProcessingGroups.REPLAYED_INDEXES) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = ReplayTools.run(
                    new String[] {"rebuild", index, "--json", "--spring.datasource.url=" + url},
                    new PrintWriter(out, true),
                    new PrintWriter(err, true));
            assertThat(status).as(err.toString()).isZero();
            assertThat(new ObjectMapper()
                            .readTree(out.toString())
                            .get("projection")
                            .asText())
                    .isEqualTo(index);
        }
        assertSameRows(indexes(jdbc), before);
    }

    @Test
    void rebuilding_all_reproduces_every_projection_one_after_another() throws Exception {
        String url = storeWithFortyEventsOnTheTimeline();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
        Map<String, List<Map<String, Object>>> timelineBefore = timeline(jdbc);
        Map<String, List<Map<String, Object>>> indexesBefore = indexes(jdbc);
        long stored = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ReplayTools.run(
                new String[] {"rebuild", "--all", "--json", "--spring.datasource.url=" + url},
                new PrintWriter(out, true),
                new PrintWriter(err, true));

        assertThat(status).as(err.toString()).isZero();
        JsonNode results = new ObjectMapper().readTree(out.toString());
        assertThat(results.findValuesAsText("projection")).containsExactlyElementsOf(ProcessingGroups.REBUILDABLE);
        assertThat(results.findValues("eventsReplayed"))
                .allSatisfy(n -> assertThat(n.asLong()).isEqualTo(stored));
        assertThat(timeline(jdbc)).isEqualTo(timelineBefore);
        assertSameRows(indexes(jdbc), indexesBefore);
    }

    @Test
    void rebuild_takes_one_projection_or_all_and_not_both() {
        for (String[] args :
                List.of(new String[] {"rebuild"}, new String[] {"rebuild", ProcessingGroups.TIMELINE, "--all"})) {
            StringWriter err = new StringWriter();
            int status = ReplayTools.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
            assertThat(status).isEqualTo(2);
            assertThat(err.toString()).contains("name one projection, or --all");
        }
    }

    @Test
    void an_unknown_projection_is_refused_with_the_list_of_those_that_can_be_rebuilt() {
        StringWriter err = new StringWriter();
        int status = ReplayTools.run(
                new String[] {"rebuild", ProcessingGroups.CONTACT_INTAKE},
                new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString())
                .contains("unknown projection contact-intake")
                .contains("timeline")
                .contains("access-log")
                .contains("identity-index")
                .contains("family-index");
    }

    @Test
    void a_store_that_cannot_be_reached_fails_with_a_non_zero_status() {
        StringWriter err = new StringWriter();
        int status = ReplayTools.run(
                new String[] {
                    "rebuild",
                    ProcessingGroups.TIMELINE,
                    "--spring.profiles.active=postgres",
                    "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
                    "--spring.datasource.hikari.initialization-fail-timeout=1"
                },
                new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).startsWith("replay-tools: ");
    }

    @Test
    void help_says_when_to_stop_the_hub_first() {
        StringWriter out = new StringWriter();
        ReplayTools.run(new String[] {"--help"}, new PrintWriter(out, true), new PrintWriter(new StringWriter()));
        assertThat(out.toString())
                .contains("rebuild")
                .contains("On the embedded database, stop the hub first")
                .contains("rebuilt while the hub serves");
    }

    /** An embedded store in this test's folder with forty events, all on the hub's timeline, the hub stopped. */
    private String storeWithFortyEventsOnTheTimeline() {
        String url = "jdbc:h2:file:" + dir.resolve("thinkfamily") + ";WRITE_DELAY=0";
        try (var hub = hubWithFortyEvents(url)) {
            JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
            long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
            var timeline = hub.getBean(EventProcessingConfiguration.class)
                    .eventProcessor(ProcessingGroups.TIMELINE, PooledStreamingEventProcessor.class)
                    .orElseThrow();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !timeline.processingStatus().isEmpty()
                            && timeline.processingStatus().values().stream()
                                    .allMatch(s -> s.getCurrentPosition().orElse(-1) >= head));
        }
        return url;
    }

    /**
     * Every row of the indexes written with the commands, sorted by what they hold apart from times: the order rows
     * were written in is no part of them. Times as instants, compared within a millisecond by
     * {@link #assertSameRows}: the store keeps event times to the millisecond, the first write had the finer clock
     * (which the database may round up).
     */
    private static Map<String, List<Map<String, Object>>> indexes(JdbcTemplate jdbc) {
        return List.of(
                        "person_directory",
                        "person_link",
                        "person_identifier",
                        "identity_key",
                        "identity_conflict",
                        "match_review",
                        "match_history",
                        "family_record",
                        "family_membership",
                        "family_membership_reason",
                        "family_team",
                        "family_tier_decision",
                        "assessment",
                        "assessment_cycle",
                        "assessment_contribution",
                        "assessment_version",
                        "assessment_next_step",
                        "contact")
                .stream()
                .collect(java.util.stream.Collectors.toMap(
                        table -> table,
                        table -> jdbc.queryForList("select * from " + table).stream()
                                .map(RebuildCommandTest::withInstants)
                                .sorted(java.util.Comparator.comparing(RebuildCommandTest::withoutTimes))
                                .toList()));
    }

    private static Map<String, Object> withInstants(Map<String, Object> row) {
        Map<String, Object> read = new java.util.TreeMap<>();
        row.forEach((column, value) -> read.put(
                column,
                value instanceof java.time.OffsetDateTime at
                        ? at.toInstant()
                        : value instanceof java.sql.Timestamp at ? at.toInstant() : value));
        return read;
    }

    private static String withoutTimes(Map<String, Object> row) {
        Map<String, Object> rest = new java.util.TreeMap<>(row);
        rest.replaceAll((column, value) -> value instanceof Instant ? "time" : value);
        return rest.toString();
    }

    private static void assertSameRows(
            Map<String, List<Map<String, Object>>> rebuilt, Map<String, List<Map<String, Object>>> before) {
        assertThat(rebuilt.keySet()).isEqualTo(before.keySet());
        before.forEach((table, rows) -> {
            List<Map<String, Object>> again = rebuilt.get(table);
            assertThat(again.stream().map(RebuildCommandTest::withoutTimes))
                    .as(table)
                    .containsExactlyElementsOf(
                            rows.stream().map(RebuildCommandTest::withoutTimes).toList());
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Object> row = rows.get(i);
                again.get(i).forEach((column, value) -> {
                    if (value instanceof Instant at) {
                        assertThat(Duration.between((Instant) row.get(column), at)
                                        .abs())
                                .as(table + "." + column)
                                .isLessThanOrEqualTo(Duration.ofMillis(1));
                    }
                });
            }
        });
    }

    private static Map<String, List<Map<String, Object>>> timeline(JdbcTemplate jdbc) {
        return Map.of(
                "timeline_entry", jdbc.queryForList("select * from timeline_entry order by event_id"),
                "timeline_entry_person",
                        jdbc.queryForList("select * from timeline_entry_person order by event_id, person_id"),
                "timeline_member",
                        jdbc.queryForList(
                                "select family_id, person_id from timeline_member order by family_id, person_id"));
    }
}
