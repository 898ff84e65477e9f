package org.thinkfamily.connectors.nhs;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.thinkfamily.connectors.support.ConnectorProperties;
import org.thinkfamily.connectors.support.RecordingIngest;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.contracts.published.canonical.SubjectRole;
import org.thinkfamily.contracts.published.ingest.IngestStatus;

/** FHIR R4 resources in, canonical events out (to a recording ingest port), and what cannot be mapped refused with its reason. */
class FhirMappingTest {

    static final Path SAMPLES = Path.of("src/test/resources/samples/fhir");
    static final String JSON = "application/fhir+json";

    final RecordingIngest hub = new RecordingIngest();
    final FhirResources door = new FhirResources(
            hub, hub, new SimpleMeterRegistry(), new ConnectorProperties.Fhir("nhs-trust", List.of()));

    static String sample(String name) throws IOException {
        return Files.readString(SAMPLES.resolve(name), StandardCharsets.UTF_8);
    }

    static Map<Integer, FhirMapping.Entry> mapped(Bundle bundle) {
        return new FhirMapping(bundle, "nhs-trust", Set.of())
                .entries().stream().collect(Collectors.toMap(FhirMapping.Entry::index, Function.identity()));
    }

    @Test
    void a_family_transaction_is_an_attendance_a_relationship_and_a_flag_about_the_patient_they_name()
            throws IOException {
        FhirResources.Answer answer = door.take(sample("transaction-family.json"), JSON, null, "test");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(hub.recorded)
                .extracting(CanonicalEvent::type)
                .containsExactly(
                        EventType.EMERGENCY_ATTENDANCE,
                        EventType.FAMILY_RELATIONSHIP_RECORDED,
                        EventType.SAFEGUARDING_FLAG);
        assertThat(hub.recorded).allSatisfy(event -> {
            assertThat(event.source().agency()).isEqualTo("rae-example-nhs-uk");
            assertThat(event.source().system()).isEqualTo("fhir-r4");
            assertThat(event.subjects().get(0).identifiers())
                    .extracting(id -> id.system())
                    .contains("nhs-number");
        });
        assertThat(hub.recorded.get(0).source().messageId()).startsWith("Encounter/");
        CanonicalEvent relationship = hub.recorded.get(1);
        assertThat(relationship.subjects())
                .extracting(s -> s.role())
                .containsExactly(SubjectRole.CHILD, SubjectRole.PARENT_CARER);
        assertThat(hub.recorded.get(2).sensitivity()).isEqualTo(Sensitivity.RESTRICTED);
        // the Patient the others name is their subject, not a record of its own
        assertThat(hub.recorded).noneMatch(e -> e.type() == EventType.DEMOGRAPHICS_UPDATED);
    }

    @Test
    void in_a_batch_each_resource_is_mapped_by_its_kind_and_one_that_cannot_be_is_refused_with_its_reason()
            throws IOException {
        Bundle batch =
                FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, sample("batch-mixed.json"));
        Map<Integer, FhirMapping.Entry> entries = mapped(batch);

        assertThat(entries.get(1).problem()).isNotNull();
        assertThat(entries.get(1).problem().getMessage()).contains("check digit");
        assertThat(entries.get(2).event().type()).isEqualTo(EventType.HOSPITAL_ADMISSION);
        assertThat(entries.get(3).event().type()).isEqualTo(EventType.HEALTH_CONDITION_RECORDED);
        assertThat(entries.get(3).event().details()).containsEntry("code", "195967001");
        assertThat(entries.get(4).event()).isNull();
        assertThat(entries.get(4).problem().field()).isEqualTo("code");
        assertThat(entries.get(4).problem().getMessage()).contains("matters for safeguarding");
        assertThat(entries.get(5).event().type()).isEqualTo(EventType.HEALTH_OBSERVATION_RECORDED);

        FhirResources.Answer answer = door.take(sample("batch-mixed.json"), JSON, null, "test");
        assertThat(answer.results()).extracting(r -> r.status()).contains(IngestStatus.ACCEPTED, IngestStatus.REJECTED);
        assertThat(hub.deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.door()).isEqualTo(FhirResources.DOOR);
            assertThat(letter.reason())
                    .contains("Bundle.entry[4].resource.code")
                    .contains("matters for safeguarding");
        });
    }

    @Test
    void an_encounter_of_another_class_is_refused_naming_the_field() {
        Encounter outpatient = new Encounter();
        outpatient.setId("e-amb");
        outpatient.setStatus(Encounter.EncounterStatus.FINISHED);
        outpatient.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"));
        outpatient.getPeriod().setStart(new Date());
        outpatient.setSubject(new Reference()
                .setIdentifier(new org.hl7.fhir.r4.model.Identifier()
                        .setSystem(FhirBundle.NHS_NUMBER)
                        .setValue("4010234563")));
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.addEntry().setResource(outpatient);

        FhirMapping.Entry entry = mapped(bundle).get(0);
        assertThat(entry.event()).isNull();
        assertThat(entry.location()).isEqualTo("Bundle.entry[0].resource");
        assertThat(entry.problem().field()).isEqualTo("class");
        assertThat(entry.problem().getMessage()).endsWith("Encounter.class must be EMER, IMP or ACUTE");
    }

    @Test
    void a_resource_of_a_kind_the_hub_does_not_take_is_refused_and_dead_lettered_never_dropped() {
        Immunization immunization = new Immunization();
        immunization.setId("i1");
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.addEntry().setResource(immunization);

        FhirMapping.Entry entry = mapped(bundle).get(0);
        assertThat(entry.messageId()).isEqualTo("Immunization/i1");
        assertThat(entry.problem().field()).isEqualTo("resourceType");
        assertThat(entry.problem().getMessage()).contains("Immunization is not taken yet");
    }
}
