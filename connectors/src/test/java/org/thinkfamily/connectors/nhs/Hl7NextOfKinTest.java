package org.thinkfamily.connectors.nhs;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.thinkfamily.connectors.support.RecordingIngest;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.Subject;
import org.thinkfamily.contracts.published.canonical.SubjectRole;
import org.thinkfamily.contracts.published.ingest.IngestStatus;

class Hl7NextOfKinTest {

    static final Path SAMPLES = Path.of("src/test/resources/samples/hl7");

    final RecordingIngest hub = new RecordingIngest();
    final Hl7Messages messages = new Hl7Messages(hub, hub, new SimpleMeterRegistry(), "nhs-trust");

    static String sample(String name) throws IOException {
        return Files.readString(SAMPLES.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void parents_and_carers_named_in_nk1_are_subjects_of_the_event_and_others_are_not() throws IOException {
        Hl7Messages.Answer answer = messages.take(sample("a04-registration-nk1-v25.hl7"), "test", "mllp");
        assertThat(answer.result().status()).as(answer.acknowledgement()).isEqualTo(IngestStatus.ACCEPTED);
        assertThat(answer.acknowledgement()).contains("MSA|AA");
        CanonicalEvent event = hub.recorded.get(0);
        assertThat(event.subjects())
                .extracting(Subject::role)
                .containsExactly(SubjectRole.CHILD, SubjectRole.PARENT_CARER, SubjectRole.PARENT_CARER);

        Subject mother = event.subjects().get(1);
        assertThat(mother.name().given()).isEqualTo("SAMIRA");
        assertThat(mother.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(mother.address().postcode()).isEqualTo("BD6 6FF");
        assertThat(mother.identifiers())
                .extracting(Identifier::system)
                .containsExactly("nhs-number", "local:rae-contacts");
        assertThat(mother.identifiers().get(0).value()).isEqualTo("9434761115");

        Subject father = event.subjects().get(2);
        assertThat(father.name().given()).isEqualTo("IMRAN");
        assertThat(father.birthDate()).isNull();
        assertThat(father.identifiers()).singleElement().satisfies(id -> {
            assertThat(id.system()).isEqualTo("local:rae-contacts");
            assertThat(id.value()).matches("c-[0-9a-f]{24}");
        });
        // the grandparent (GRP) and the father whose NK1 ended (NK1-9) are not taken
        assertThat(event.subjects())
                .extracting(s -> s.name() == null ? null : s.name().family())
                .doesNotContain("BAKER");
        assertThat(event.subjects())
                .extracting(s -> s.name() == null ? null : s.name().given())
                .doesNotContain("HALIMA");
    }

    @Test
    void the_same_message_again_is_a_duplicate_and_names_the_same_contact_keys() throws IOException {
        messages.take(sample("a04-registration-nk1-v25.hl7"), "test", "mllp");
        assertThat(messages.take(sample("a04-registration-nk1-v25.hl7"), "test", "mllp")
                        .result()
                        .status())
                .isEqualTo(IngestStatus.DUPLICATE);
        messages.take(sample("a04-registration-nk1-v25.hl7").replace("A04-NK1-0001", "A04-NK1-0009"), "test", "mllp");
        assertThat(hub.recorded).hasSize(2);
        assertThat(hub.recorded.get(1).subjects().get(2).identifiers())
                .isEqualTo(hub.recorded.get(0).subjects().get(2).identifiers());
    }

    @Test
    void a_wrong_nhs_check_digit_in_a_parents_nk1_refuses_the_message_naming_the_field_not_the_number()
            throws IOException {
        Hl7Messages.Answer answer = messages.take(sample("a04-nk1-wrong-nhs-check-digit.hl7"), "test", "mllp");
        assertThat(answer.result().status()).isEqualTo(IngestStatus.REJECTED);
        assertThat(answer.acknowledgement())
                .contains("MSA|AE")
                .contains("NK1(1)-33(1)")
                .doesNotContain("9434761116");
        assertThat(hub.recorded).isEmpty();
        assertThat(hub.deadLetters).singleElement().satisfies(l -> {
            assertThat(l.reason())
                    .contains("NK1(1)-33(1)")
                    .contains("check digit")
                    .doesNotContain("9434761116");
            assertThat(l.location()).isEqualTo("mllp, message A04-NK1-0002");
        });
    }

    @Test
    void messages_without_nk1_name_only_the_patient() throws IOException {
        for (String sample : new String[] {
            "a04-emergency-v24.hl7", "a01-admission-v23-lf.hl7", "a03-discharge-v25.hl7", "a08-update.hl7"
        }) {
            assertThat(messages.take(sample(sample), "test", "mllp").result().status())
                    .as(sample)
                    .isEqualTo(IngestStatus.ACCEPTED);
        }
        assertThat(hub.recorded).allSatisfy(e -> assertThat(e.subjects()).hasSize(1));
    }
}
