package org.thinkfamily.hub.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.thinkfamily.contracts.agencyevent.AgencyEventRecorded;
import org.thinkfamily.contracts.agencyevent.EventSubject;
import org.thinkfamily.contracts.family.FamiliesMerged;
import org.thinkfamily.contracts.family.FamilyMember;
import org.thinkfamily.contracts.family.FamilyMemberAdded;
import org.thinkfamily.contracts.family.FamilyStarted;
import org.thinkfamily.contracts.family.MembershipBasis;
import org.thinkfamily.contracts.frontdoor.ContactReceived;
import org.thinkfamily.contracts.person.PersonRecordsLinked;
import org.thinkfamily.hub.privacy.InMemoryPersonKeys;
import org.thinkfamily.hub.privacy.PersonalDataProtector;

/**
 * Every event type as earlier versions of the hub wrote it into the event store ({@code golden-events/<Type>.json}:
 * the payload as the store holds it, personal data in its envelope), read back with the hub's own event
 * serializer. Files for types that gained fields keep the older shape, so the defaults the records give a missing
 * field are held here. A new event type without a file fails the test, which prints the file to start from.
 * <p>
 * An event type is a contracts record with Axon's {@code @Revision} (the design gives every event one from its
 * first version) or any contracts type an event handler or event sourcing handler of the hub takes.
 */
@SpringBootTest(classes = GoldenEventsTest.Serialization.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class GoldenEventsTest {

    @Configuration
    @ImportAutoConfiguration(JacksonAutoConfiguration.class)
    static class Serialization {

        @Bean
        PersonalDataProtector protector() {
            return PersonalDataProtector.sealedUnder(new InMemoryPersonKeys());
        }

        @Bean
        @Qualifier("eventSerializer")
        Serializer eventSerializer(ObjectMapper objectMapper, PersonalDataProtector protector) {
            return new EventStoreConfiguration().eventSerializer(objectMapper, protector);
        }
    }

    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    Map<String, Class<?>> eventTypes;

    @BeforeEach
    void eventTypes() throws ClassNotFoundException {
        eventTypes = new TreeMap<>();
        for (Class<?> type : revisioned()) {
            eventTypes.put(type.getSimpleName(), type);
        }
        for (Class<?> type : handled()) {
            eventTypes.put(type.getSimpleName(), type);
        }
    }

    @Test
    void there_are_event_types_to_check() {
        assertThat(eventTypes)
                .containsKeys("AgencyEventRecorded", "FamilyStarted", "PersonRegistered", "FamilyRecordAccessed")
                .hasSizeGreaterThanOrEqualTo(33);
    }

    @Test
    void every_event_type_has_a_golden_file_and_each_reads_back() throws Exception {
        List<String> missing = new ArrayList<>();
        for (var type : eventTypes.entrySet()) {
            String stored = golden(type.getKey());
            if (stored == null) {
                missing.add(type.getKey() + ".json, e.g.:\n"
                        + new String(
                                serializer
                                        .serialize(GoldenSamples.sample(type.getValue()), byte[].class)
                                        .getData(),
                                StandardCharsets.UTF_8));
                continue;
            }
            Object event = read(type.getValue(), stored);
            assertThat(event).as(type.getKey()).isInstanceOf(type.getValue());
            assertThat(read(type.getValue(), written(event)))
                    .as(type.getKey() + " written again reads the same")
                    .isEqualTo(event);
        }
        if (!missing.isEmpty()) {
            fail("event types without a file under src/test/resources/golden-events/:\n" + String.join("\n", missing));
        }
        var files = new TreeSet<String>();
        try (InputStream list = getClass().getResourceAsStream("/golden-events/")) {
            if (list != null) {
                new String(list.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .filter(f -> f.endsWith(".json"))
                        .forEach(f -> files.add(f.substring(0, f.length() - 5)));
            }
        }
        assertThat(eventTypes.keySet())
                .as("a golden file for a type that is no event")
                .containsAll(files);
    }

    @Test
    void a_family_started_before_memberships_had_a_basis_or_a_record_was_named_together_by_its_own_person() {
        FamilyStarted started = read(FamilyStarted.class, golden("FamilyStarted"));
        assertThat(started.basis()).isEqualTo(MembershipBasis.NAMED_TOGETHER);
        assertThat(started.members())
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.recordPersonId()).isEqualTo(m.personId()));

        FamilyMemberAdded added = read(FamilyMemberAdded.class, golden("FamilyMemberAdded"));
        assertThat(added.basis()).isEqualTo(MembershipBasis.NAMED_TOGETHER);
        assertThat(added.member().recordPersonId())
                .isNotNull()
                .isEqualTo(added.member().personId());

        // merges came after person records: their members were always written with the record they came from
        FamiliesMerged merged = read(FamiliesMerged.class, golden("FamiliesMerged"));
        assertThat(merged.members()).extracting(FamilyMember::recordPersonId).doesNotContainNull();
    }

    @Test
    void a_record_from_before_person_records_is_about_its_subjects_own_records() {
        AgencyEventRecorded recorded = read(AgencyEventRecorded.class, golden("AgencyEventRecorded"));
        assertThat(recorded.subjects())
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.recordPersonId()).isEqualTo(s.personId()));
        assertThat(recorded.subjects()).extracting(EventSubject::recordPersonId).doesNotContainNull();
        assertThat(recorded.narrative().summary())
                .as("personal data read out of its envelope")
                .isNotBlank();
    }

    @Test
    void a_link_a_manager_made_has_no_score_and_no_evidence_and_a_contact_without_people_names_none() {
        PersonRecordsLinked linked = read(PersonRecordsLinked.class, golden("PersonRecordsLinked"));
        assertThat(linked.score()).isNull();
        assertThat(linked.evidence()).isEmpty();
        assertThat(linked.reviewPairId()).isNull();

        ContactReceived contact = read(ContactReceived.class, golden("ContactReceived"));
        assertThat(contact.personIds()).isEmpty();
    }

    private <T> T read(Class<T> type, String stored) {
        Revision revision = type.getAnnotation(Revision.class);
        SerializedObject<byte[]> serialized = new SimpleSerializedObject<>(
                stored.getBytes(StandardCharsets.UTF_8),
                byte[].class,
                new SimpleSerializedType(type.getName(), revision == null ? null : revision.value()));
        return serializer.deserialize(serialized);
    }

    private String written(Object event) {
        return new String(serializer.serialize(event, byte[].class).getData(), StandardCharsets.UTF_8);
    }

    private static String golden(String type) {
        try (InputStream in = GoldenEventsTest.class.getResourceAsStream("/golden-events/" + type + ".json")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> revisioned() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        List<Class<?>> types = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.thinkfamily.contracts")) {
            types.add(Class.forName(candidate.getBeanClassName()));
        }
        return types;
    }

    /** The contracts types the hub's event handlers and event sourcing handlers take. */
    private static List<Class<?>> handled() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        List<Class<?>> types = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.thinkfamily.hub")) {
            Class<?> type = Class.forName(candidate.getBeanClassName(), false, GoldenEventsTest.class.getClassLoader());
            if (type.getProtectionDomain().getCodeSource() != null
                    && type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .getPath()
                            .contains("test-classes")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if ((method.isAnnotationPresent(EventHandler.class)
                                || method.isAnnotationPresent(EventSourcingHandler.class))
                        && method.getParameterCount() > 0
                        && method.getParameterTypes()[0].getName().startsWith("org.thinkfamily.contracts.")) {
                    types.add(method.getParameterTypes()[0]);
                }
            }
        }
        return types;
    }

    /** A value of every component, for the file a new event type needs printed to start from. */
    static final class GoldenSamples {

        private GoldenSamples() {}

        static Object sample(Class<?> type) throws Exception {
            return value(type, type, "x");
        }

        private static Object value(Class<?> raw, Type generic, String name) throws Exception {
            if (raw == String.class) {
                return name + "-1";
            }
            if (raw == int.class || raw == Integer.class) {
                return 1;
            }
            if (raw == double.class || raw == Double.class) {
                return 1.5;
            }
            if (raw == boolean.class || raw == Boolean.class) {
                return true;
            }
            if (raw == Instant.class) {
                return Instant.parse("2026-01-01T10:00:00Z");
            }
            if (raw == LocalDate.class) {
                return LocalDate.parse("2015-03-02");
            }
            if (raw.isEnum()) {
                return raw.getEnumConstants()[0];
            }
            if (raw == List.class) {
                Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
                return List.of(value(rawOf(element), element, name));
            }
            if (raw == Map.class) {
                return Map.of(name, "value");
            }
            if (raw.isRecord()) {
                RecordComponent[] components = raw.getRecordComponents();
                Object[] args = new Object[components.length];
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    args[i] = value(types[i], components[i].getGenericType(), components[i].getName());
                }
                return raw.getDeclaredConstructor(types).newInstance(args);
            }
            return null;
        }

        private static Class<?> rawOf(Type type) {
            return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        }
    }
}
