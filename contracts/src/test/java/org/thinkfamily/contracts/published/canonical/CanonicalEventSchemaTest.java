package org.thinkfamily.contracts.published.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schema and the records agree: every valid example passes both, every invalid one
 * fails both, the examples only the hub's rules can catch pass the schema and fail the rules, and the
 * schema names exactly the records' fields, vocabularies and each type's details.
 */
class CanonicalEventSchemaTest {

    private static final ObjectMapper JSON =
            JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();
    private static final CanonicalEventRules RULES =
            new CanonicalEventRules(false, Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
    private static final JsonNode SCHEMA_TREE = read("/schema/canonical-event.schema.json");
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(
                    SCHEMA_TREE,
                    SchemaValidatorsConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build());

    static Stream<String> valid() {
        return examples("valid");
    }

    static Stream<String> invalid() {
        return examples("invalid");
    }

    static Stream<String> rejectedByRules() {
        return examples("rejected-by-rules");
    }

    @ParameterizedTest
    @MethodSource("valid")
    void a_valid_example_passes_the_schema_and_the_records(String example) {
        JsonNode json = read(example);
        assertThat(SCHEMA.validate(json)).as(example).isEmpty();
        assertThat(javaProblems(json)).as(example).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void an_invalid_example_fails_the_schema_and_the_records(String example) {
        JsonNode json = read(example);
        assertThat(SCHEMA.validate(json)).as(example).isNotEmpty();
        assertThat(javaProblems(json)).as(example).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("rejectedByRules")
    void what_only_the_rules_catch_passes_the_schema_and_fails_the_rules(String example) {
        JsonNode json = read(example);
        assertThat(SCHEMA.validate(json)).as(example).isEmpty();
        assertThat(javaProblems(json)).as(example).isNotEmpty();
    }

    @Test
    void every_event_type_has_a_valid_example() {
        Set<String> covered = new TreeSet<>();
        valid().forEach(example -> covered.add(read(example).get("type").asText()));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(names(EventType.values()));
    }

    @Test
    void the_schema_names_exactly_the_fields_of_the_records() {
        assertThat(propertyNames(SCHEMA_TREE)).isEqualTo(componentNames(CanonicalEvent.class));
        JsonNode defs = SCHEMA_TREE.get("$defs");
        assertThat(propertyNames(defs.get("source"))).isEqualTo(componentNames(Source.class));
        assertThat(propertyNames(defs.get("subject"))).isEqualTo(componentNames(Subject.class));
        assertThat(propertyNames(defs.get("identifier"))).isEqualTo(componentNames(Identifier.class));
        assertThat(propertyNames(defs.get("name"))).isEqualTo(componentNames(PersonName.class));
        assertThat(propertyNames(defs.get("address"))).isEqualTo(componentNames(Address.class));
        assertThat(propertyNames(defs.get("sharing"))).isEqualTo(componentNames(Sharing.class));
    }

    @Test
    void the_schema_names_exactly_the_vocabularies() {
        JsonNode defs = SCHEMA_TREE.get("$defs");
        assertThat(strings(SCHEMA_TREE.at("/properties/type/enum"))).isEqualTo(names(EventType.values()));
        assertThat(strings(SCHEMA_TREE.at("/properties/sensitivity/enum"))).isEqualTo(names(Sensitivity.values()));
        assertThat(strings(defs.at("/source/properties/sector/enum"))).isEqualTo(names(Sector.values()));
        assertThat(strings(defs.at("/subject/properties/role/enum"))).isEqualTo(names(SubjectRole.values()));
        assertThat(strings(defs.at("/subject/properties/sex/enum"))).isEqualTo(names(Sex.values()));
        assertThat(strings(defs.at("/sharing/properties/lawfulBasis/enum"))).isEqualTo(names(LawfulBasis.values()));
    }

    @Test
    void the_schema_gives_each_type_its_sectors_and_details() {
        List<String> checked = new ArrayList<>();
        for (JsonNode condition : SCHEMA_TREE.get("allOf")) {
            EventType type =
                    EventType.valueOf(condition.at("/if/properties/type/const").asText());
            JsonNode then = condition.get("then");
            assertThat(strings(then.at("/properties/source/properties/sector/enum")))
                    .as(type.name())
                    .isEqualTo(names(type.sectors().toArray(Enum[]::new)));
            assertThat(strings(then.at("/properties/details/required")))
                    .as(type.name())
                    .isEqualTo(type.details().stream()
                            .filter(DetailField::required)
                            .map(DetailField::name)
                            .collect(TreeSet::new, Set::add, Set::addAll));
            assertThat(propertyNames(then.get("properties").get("details")))
                    .as(type.name())
                    .isEqualTo(type.details().stream()
                            .map(DetailField::name)
                            .collect(TreeSet::new, Set::add, Set::addAll));
            checked.add(type.name());
        }
        assertThat(new TreeSet<>(checked)).isEqualTo(names(EventType.values()));
    }

    private static List<String> javaProblems(JsonNode json) {
        CanonicalEvent event;
        try {
            event = JSON.treeToValue(json, CanonicalEvent.class);
        } catch (IOException e) {
            return List.of("not readable: " + e.getClass().getSimpleName());
        }
        List<String> problems = new ArrayList<>();
        VALIDATOR.validate(event).forEach(v -> problems.add(v.getPropertyPath() + " " + v.getMessage()));
        if (problems.isEmpty()) {
            RULES.check(event).forEach(e -> problems.add(e.field() + " " + e.message()));
        }
        return problems;
    }

    private static Stream<String> examples(String folder) {
        try {
            Path dir = Path.of(
                    Objects.requireNonNull(CanonicalEventSchemaTest.class.getResource("/schema/examples/" + folder))
                            .toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.map(p -> "/schema/examples/" + folder + "/" + p.getFileName()).sorted().toList().stream();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = CanonicalEventSchemaTest.class.getResourceAsStream(resource)) {
            return JSON.readTree(Objects.requireNonNull(in, resource));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> propertyNames(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> componentNames(Class<? extends Record> record) {
        Set<String> names = new TreeSet<>();
        Arrays.stream(record.getRecordComponents()).forEach(c -> names.add(c.getName()));
        return names;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            values.add(it.next().asText());
        }
        return values;
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> names = new TreeSet<>();
        Arrays.stream(values).forEach(v -> names.add(v.name()));
        return names;
    }
}
