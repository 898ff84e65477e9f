package org.thinkfamily.replay.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.CanonicalEventRules;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.Subject;
import org.thinkfamily.replay.ReplayTools;
import org.thinkfamily.replay.matching.SyntheticPopulation;

/** {@code replay-tools generate} to a file: the same bytes for the same seed, every event valid, the sizes asked for. */
class GenerateCommandTest {

    private static final ObjectMapper JSON = GenerateCommand.mapper();
    private static final Instant UNTIL = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    Path dir;

    private JsonNode generate(String name, String... flags) {
        List<String> args = new ArrayList<>(
                List.of("generate", "--out", dir.resolve(name + ".jsonl").toString(), "--quiet", "--json"));
        args.addAll(List.of(flags));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status =
                ReplayTools.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(status).as(err.toString()).isZero();
        try {
            return JSON.readTree(out.toString());
        } catch (Exception e) {
            throw new AssertionError(out.toString(), e);
        }
    }

    @Test
    void impossible_flags_are_refused_with_what_is_allowed_and_nothing_is_written() {
        for (List<String> flags : List.of(
                List.of("--families", "0"),
                List.of("--years", "-1"),
                List.of("--batch", "0"),
                List.of("--until", "the first of May"))) {
            List<String> args = new ArrayList<>(
                    List.of("generate", "--out", dir.resolve("refused.jsonl").toString()));
            args.addAll(flags);
            StringWriter err = new StringWriter();
            int status = ReplayTools.run(
                    args.toArray(String[]::new), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
            assertThat(status).as(flags.toString()).isEqualTo(2);
            assertThat(err.toString())
                    .as(flags.toString())
                    .containsAnyOf("must be at least 1", "Invalid value for option");
        }
        assertThat(dir.resolve("refused.jsonl")).doesNotExist();
    }

    @Test
    void the_same_seed_and_flags_give_the_same_bytes_and_another_seed_others() throws Exception {
        generate("a", "--families", "40", "--years", "2", "--seed", "7");
        generate("b", "--families", "40", "--years", "2", "--seed", "7");
        generate("c", "--families", "40", "--years", "2", "--seed", "8");

        assertThat(Files.size(dir.resolve("a.jsonl"))).isPositive();
        assertThat(Files.readAllBytes(dir.resolve("b.jsonl"))).isEqualTo(Files.readAllBytes(dir.resolve("a.jsonl")));
        assertThat(Files.readAllBytes(dir.resolve("b.truth.jsonl")))
                .isEqualTo(Files.readAllBytes(dir.resolve("a.truth.jsonl")));
        assertThat(Files.readAllBytes(dir.resolve("c.jsonl"))).isNotEqualTo(Files.readAllBytes(dir.resolve("a.jsonl")));
    }

    @Test
    void every_event_of_a_small_run_passes_the_schema_the_constraints_and_the_rules() throws Exception {
        generate("small", "--families", "100", "--years", "1", "--seed", "3");
        JsonSchema schema = schema();
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        CanonicalEventRules rules = new CanonicalEventRules(false, Clock.fixed(UNTIL, ZoneOffset.UTC));
        Instant from = UNTIL.atZone(ZoneOffset.UTC).minusYears(1).toInstant();

        List<String> lines = Files.readAllLines(dir.resolve("small.jsonl"));
        assertThat(lines).hasSizeGreaterThan(1_000);
        for (String line : lines) {
            JsonNode json = JSON.readTree(line);
            assertThat(schema.validate(json)).as(line).isEmpty();
            CanonicalEvent event = JSON.treeToValue(json, CanonicalEvent.class);
            assertThat(validator.validate(event)).as(line).isEmpty();
            assertThat(rules.check(event)).as(line).isEmpty();
            assertThat(event.occurredAt()).isBetween(from, UNTIL.minusSeconds(1));
            for (Subject subject : event.subjects()) {
                assertThat(subject.birthDate()).isAfterOrEqualTo(LocalDate.of(1900, 1, 1));
                assertThat(subject.birthDate()).isBefore(LocalDate.of(2026, 11, 1));
            }
        }
    }

    @Test
    void the_sizes_follow_the_flags_and_the_truth_says_whom_each_record_is_about() throws Exception {
        JsonNode result = generate("five-years", "--families", "200", "--years", "5", "--seed", "5");
        JsonNode half =
                generate("half", "--families", "200", "--years", "5", "--seed", "5", "--events-per-family-year", "10");

        SyntheticPopulation population = SyntheticPopulation.households(200, 5);
        assertThat(result.get("families").asInt()).isEqualTo(200);
        assertThat(result.get("people").asInt()).isEqualTo(population.size()).isBetween(400, 700);
        assertThat(result.get("from").asText()).isEqualTo("2021-11-01T00:00:00Z");
        long events = result.get("events").asLong();
        assertThat(events).isBetween(15_000L, 25_000L); // 200 families x 5 years x 20
        assertThat((double) half.get("events").asLong() / events).isBetween(0.4, 0.6);
        Set<String> types = new HashSet<>();
        result.get("eventsByType").fieldNames().forEachRemaining(types::add);
        assertThat(types)
                .contains(
                        EventType.SCHOOL_ATTENDANCE_SUMMARY.name(),
                        EventType.EMERGENCY_ATTENDANCE.name(),
                        EventType.DOMESTIC_ABUSE_INCIDENT.name(),
                        EventType.CRIME_INCIDENT.name(),
                        EventType.YOUTH_JUSTICE_OUTCOME.name(),
                        EventType.OUT_OF_WORK_BENEFIT_STARTED.name(),
                        EventType.OUT_OF_WORK_BENEFIT_ENDED.name(),
                        EventType.CONTACT_RECEIVED.name(),
                        EventType.FAMILY_RELATIONSHIP_RECORDED.name());

        List<String> eventLines = Files.readAllLines(dir.resolve("five-years.jsonl"));
        List<String> truthLines = Files.readAllLines(dir.resolve("five-years.truth.jsonl"));
        assertThat(eventLines).hasSize((int) events);
        assertThat(truthLines).hasSize((int) events);
        Set<String> families = new HashSet<>();
        Map<String, Instant> lastSeen = new HashMap<>();
        long distorted = 0;
        for (int i = 0; i < eventLines.size(); i++) {
            JsonNode event = JSON.readTree(eventLines.get(i));
            JsonNode truth = JSON.readTree(truthLines.get(i));
            assertThat(truth.get("agency").asText())
                    .isEqualTo(event.at("/source/agency").asText());
            assertThat(truth.get("messageId").asText())
                    .isEqualTo(event.at("/source/messageId").asText());
            assertThat(truth.get("subjects")).hasSameSizeAs(event.get("subjects"));
            String family = truth.get("family").asText();
            families.add(family);
            Instant at = Instant.parse(event.get("occurredAt").asText());
            for (JsonNode subject : truth.get("subjects")) {
                var person = population.person(subject.get("person").asText());
                assertThat("F" + person.household()).isEqualTo(family);
                Instant before = lastSeen.put(person.personId(), at);
                assertThat(before == null || !at.isBefore(before))
                        .as("a person's records in time order")
                        .isTrue();
                if (!subject.get("distortions").isEmpty()) {
                    distorted++;
                }
            }
        }
        assertThat(families).hasSizeGreaterThan(150);
        assertThat(distorted).isPositive();
    }

    private static JsonSchema schema() throws Exception {
        try (InputStream in = CanonicalEvent.class.getResourceAsStream("/schema/canonical-event.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(
                            JSON.readTree(in),
                            SchemaValidatorsConfig.builder()
                                    .formatAssertionsEnabled(true)
                                    .build());
        }
    }
}
