package org.thinkfamily.connectors.nhs;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thinkfamily.connectors.support.ConnectorProperties;
import org.thinkfamily.connectors.support.RecordingIngest;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.Subject;
import org.thinkfamily.contracts.published.canonical.SubjectRole;
import org.thinkfamily.contracts.published.ingest.IngestStatus;

class FhirPatientContactsTest {

    static final Path SAMPLES = Path.of("src/test/resources/samples/fhir");
    static final String JSON = "application/fhir+json";

    final RecordingIngest hub = new RecordingIngest();
    final FhirResources door = new FhirResources(
            hub, hub, new SimpleMeterRegistry(), new ConnectorProperties.Fhir("nhs-trust", List.of()));

    static String sample(String name) throws IOException {
        return Files.readString(SAMPLES.resolve(name), StandardCharsets.UTF_8);
    }

    private List<CanonicalEvent> relationships() {
        return hub.recorded.stream()
                .filter(e -> e.type() == EventType.FAMILY_RELATIONSHIP_RECORDED)
                .toList();
    }

    @Test
    void each_named_contact_with_a_relationship_is_a_family_relationship_and_a_parent_joins_the_household()
            throws IOException {
        FhirResources.Answer answer = door.take(sample("transaction-patient-contacts.json"), JSON, null, "test");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.results())
                .extracting(r -> r.status())
                .containsOnly(IngestStatus.ACCEPTED)
                .hasSize(3);

        List<CanonicalEvent> contacts = relationships();
        assertThat(contacts)
                .extracting(e -> e.source().messageId())
                .containsExactly("Patient/p-mia/_history/3/contact/0", "Patient/p-mia/_history/3/contact/1");
        CanonicalEvent mother = contacts.get(0);
        assertThat(mother.source().agency()).isEqualTo("rae-example-nhs-uk");
        assertThat(mother.details()).containsExactly(java.util.Map.entry("relationship", "MTH"));
        Subject child = mother.subjects().get(0);
        assertThat(child.role()).isEqualTo(SubjectRole.CHILD);
        assertThat(child.identifiers()).extracting(Identifier::token).containsExactly("nhs-number|4010234563");
        Subject rosa = mother.subjects().get(1);
        assertThat(rosa.role()).isEqualTo(SubjectRole.PARENT_CARER);
        assertThat(rosa.name().given()).isEqualTo("Rosa");
        assertThat(rosa.address().postcode()).isEqualTo("BD5 5EE");
        assertThat(rosa.identifiers()).singleElement().satisfies(id -> {
            assertThat(id.system()).isEqualTo("local:rae-example-nhs-uk-contacts");
            assertThat(id.value())
                    .matches("c-[0-9a-f]{24}")
                    .doesNotContainIgnoringCase("rosa")
                    .doesNotContain("4010234563");
        });
        // an emergency contact (v2 table 0131) is named, but joins no household
        assertThat(contacts.get(1).subjects().get(1).role()).isEqualTo(SubjectRole.OTHER_PARTY);
        assertThat(contacts.get(1).details()).containsEntry("relationship", "C");
        // the patient's own Bundle entry answers for its contacts; the father whose contact ended and the organisation
        // are left out
        assertThat(answer.body()).contains("201 Created").doesNotContain("Carl");
        assertThat(contacts)
                .flatExtracting(CanonicalEvent::subjects)
                .extracting(s -> s.name() == null ? null : s.name().given())
                .doesNotContain("Carl");
    }

    @Test
    void the_same_patient_again_is_a_duplicate_and_its_contacts_keep_their_keys() throws IOException {
        door.take(sample("transaction-patient-contacts.json"), JSON, null, "test");
        Identifier first =
                relationships().get(0).subjects().get(1).identifiers().get(0);
        FhirResources.Answer again = door.take(sample("transaction-patient-contacts.json"), JSON, null, "test");
        assertThat(again.results()).extracting(r -> r.status()).containsOnly(IngestStatus.DUPLICATE);

        // a new version of the Patient is recorded anew, and names the same contact person
        door.take(
                sample("transaction-patient-contacts.json").replace("\"versionId\": \"3\"", "\"versionId\": \"4\""),
                JSON,
                null,
                "test");
        assertThat(relationships()).hasSize(4);
        assertThat(relationships().get(2).source().messageId()).isEqualTo("Patient/p-mia/_history/4/contact/0");
        assertThat(relationships().get(2).subjects().get(1).identifiers()).containsExactly(first);
    }

    @Test
    void a_transaction_whose_patient_with_contacts_has_a_wrong_nhs_check_digit_applies_nothing() throws IOException {
        FhirResources.Answer answer =
                door.take(sample("transaction-patient-contacts-wrong-nhs-check-digit.json"), JSON, null, "test");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body())
                .contains("Bundle.entry[0].resource.identifier[0].value")
                .contains("check digit")
                .doesNotContain("4010234564");
        assertThat(hub.recorded).isEmpty();
        assertThat(hub.deadLetters)
                .singleElement()
                .satisfies(l -> assertThat(l.location()).isEqualTo("Bundle (transaction)"));
    }

    @Test
    void
            a_patient_without_contacts_is_still_its_demographics_and_a_single_patient_with_contacts_gives_its_relationships()
                    throws IOException {
        FhirResources.Answer plain = door.take(sample("patient.xml"), "application/fhir+xml", "Patient", "test");
        assertThat(plain.status()).isEqualTo(201);
        assertThat(hub.recorded).extracting(CanonicalEvent::type).containsExactly(EventType.DEMOGRAPHICS_UPDATED);

        String bundle = sample("transaction-patient-contacts.json");
        String patient = bundle.substring(
                bundle.indexOf("\"resource\": {") + "\"resource\": ".length(), bundle.indexOf(",\n      \"request\""));
        FhirResources.Answer single = door.take(patient, JSON, "Patient", "test");
        assertThat(single.status()).as(single.body()).isEqualTo(201);
        assertThat(relationships()).hasSize(2);
    }

    @Test
    void a_batch_answers_for_a_patient_entry_by_its_contacts() throws IOException {
        String batch =
                sample("transaction-patient-contacts.json").replace("\"type\": \"transaction\"", "\"type\": \"batch\"");
        FhirResources.Answer answer = door.take(batch, JSON, null, "test");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("batch-response").doesNotContain("422");
        FhirResources.Answer again = door.take(batch, JSON, null, "test");
        assertThat(again.body()).doesNotContain("201 Created").contains("200 OK");
    }
}
