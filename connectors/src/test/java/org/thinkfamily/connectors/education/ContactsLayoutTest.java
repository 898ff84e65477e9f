package org.thinkfamily.connectors.education;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thinkfamily.connectors.support.ConnectorMetrics;
import org.thinkfamily.connectors.support.ConnectorProperties;
import org.thinkfamily.connectors.support.RecordFile;
import org.thinkfamily.connectors.support.RecordingIngest;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.canonical.Subject;
import org.thinkfamily.contracts.published.canonical.SubjectRole;
import org.thinkfamily.contracts.published.deadletter.DeadLetter;

class ContactsLayoutTest {

    static final Path SAMPLES = Path.of("src/test/resources/samples/education-contacts");
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    final RecordingIngest hub = new RecordingIngest();
    final RecordFile records = new RecordFile(
            new ContactsLayout(Clock.fixed(NOW, ZoneOffset.UTC)),
            hub,
            hub,
            new ConnectorMetrics(new SimpleMeterRegistry(), ContactsLayout.CONNECTOR),
            new ConnectorProperties.Drop(true, null, null, Map.of()));

    RecordFile.Outcome drop(String sample) throws IOException {
        return records.process(sample, Files.readAllBytes(SAMPLES.resolve(sample)));
    }

    @Test
    void each_row_is_a_family_relationship_between_the_pupil_and_the_contact() throws IOException {
        RecordFile.Outcome outcome = drop("contacts-2026-11.csv");
        assertThat(outcome).isEqualTo(new RecordFile.Outcome(".done", 5, 0, 0));
        CanonicalEvent mother = hub.recorded.get(0);
        assertThat(mother.type()).isEqualTo(EventType.FAMILY_RELATIONSHIP_RECORDED);
        assertThat(mother.source().agency()).isEqualTo("school-3802001");
        assertThat(mother.source().sector()).isEqualTo(Sector.EDUCATION);
        assertThat(mother.source().messageId()).matches("school-3802001/N380200126101/contact/[0-9a-f]{20}");
        assertThat(mother.occurredAt()).isEqualTo(NOW);
        assertThat(mother.details()).isEqualTo(Map.of("relationship", "MOTHER"));
        assertThat(mother.summary()).isEqualTo("School contact recorded: MOTHER, priority 1");
        Subject pupil = mother.subjects().get(0);
        assertThat(pupil.role()).isEqualTo(SubjectRole.CHILD);
        assertThat(pupil.identifiers()).extracting(Identifier::token).containsExactly("upn|N380200126101");
        Subject gemma = mother.subjects().get(1);
        assertThat(gemma.role()).isEqualTo(SubjectRole.PARENT_CARER);
        assertThat(gemma.identifiers())
                .extracting(Identifier::token)
                .containsExactly("local:school-3802001|contact-5501");
        assertThat(gemma.address().postcode()).isEqualTo("BD4 4DD");

        assertThat(hub.recorded)
                .extracting(e -> e.details().get("relationship") + " "
                        + e.subjects().get(1).role())
                .containsExactly(
                        "MOTHER PARENT_CARER",
                        "STEP_FATHER PARENT_CARER",
                        "GRANDMOTHER OTHER_PARTY",
                        "MOTHER PARENT_CARER",
                        "FOSTER_CARER PARENT_CARER");
        // brothers and sisters share the school's contact id; without one, the contact has a key for this pupil
        assertThat(hub.recorded.get(3).subjects().get(1).identifiers()).isEqualTo(gemma.identifiers());
        assertThat(hub.recorded.get(3).subjects().get(0).birthDate()).hasToString("2019-02-14");
        assertThat(hub.recorded.get(4).subjects().get(0).name().family()).isEqualTo("O'Neil, Jr");
        assertThat(hub.recorded.get(4).subjects().get(1).identifiers())
                .singleElement()
                .satisfies(id -> assertThat(id.token()).matches("local:school-3802001-contacts\\|c-[0-9a-f]{24}"));
    }

    @Test
    void the_same_file_again_is_all_duplicates() throws IOException {
        drop("contacts-2026-11.csv");
        assertThat(drop("contacts-2026-11.csv")).isEqualTo(new RecordFile.Outcome(".done", 0, 5, 0));
    }

    @Test
    void bad_rows_are_dead_lettered_with_their_line_and_a_reason_naming_the_column() throws IOException {
        assertThat(drop("broken-contacts.csv")).isEqualTo(new RecordFile.Outcome(".done", 1, 0, 5));
        assertThat(hub.deadLetters)
                .extracting(l -> l.location() + " " + l.reason())
                .containsExactly(
                        "broken-contacts.csv, line 3 upn: UPN check letter is wrong: characters 2 to 13 require check letter F",
                        "broken-contacts.csv, line 4 date_of_birth: must be a date, yyyy-MM-dd or dd/MM/yyyy",
                        "broken-contacts.csv, line 5 relationship: is required",
                        "broken-contacts.csv, line 6 contact_priority: must be a whole number, 1 or more",
                        "broken-contacts.csv, line 7 school_laestab: does not start with a known local authority number");
        assertThat(hub.deadLetters).allSatisfy(l -> {
            assertThat(l.door()).isEqualTo("education-contacts");
            assertThat(l.sector()).isEqualTo(Sector.EDUCATION);
            assertThat(l.reason())
                    .doesNotContain("Helen")
                    .doesNotContain("Ward")
                    .doesNotContain("F380200126104");
        });
    }

    @Test
    void a_file_without_the_relationship_column_is_refused_whole() throws IOException {
        assertThat(drop("missing-column.csv").folder()).isEqualTo(".failed");
        assertThat(hub.deadLetters)
                .extracting(DeadLetter::reason)
                .singleElement()
                .asString()
                .contains("relationship");
        assertThat(hub.recorded).isEmpty();
    }
}
