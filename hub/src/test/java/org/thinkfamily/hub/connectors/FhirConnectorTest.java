package org.thinkfamily.hub.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thinkfamily.hub.support.HubClient;

/** FHIR R4 over real HTTP: Bundles and single resources, JSON and XML, good and broken. */
class FhirConnectorTest extends ConnectorSuite {

    static final Path SAMPLES = ConnectorSuite.SAMPLES.resolve("fhir");
    static final String JSON = "application/fhir+json";

    static String sample(String name) throws IOException {
        return sample(SAMPLES, name);
    }

    @Test
    void a_transaction_bundle_puts_the_child_her_mother_her_attendance_and_flag_in_one_family() throws IOException {
        HubClient.Response response = hub.post("nhs", "/fhir/r4", sample("transaction-family.json"), JSON);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode bundle = response.json();
        assertThat(bundle.get("type").asText()).isEqualTo("transaction-response");
        assertThat(bundle.get("entry"))
                .extracting(e -> e.at("/response/status").asText())
                .containsExactly("201 Created", "201 Created", "201 Created", "201 Created");

        JsonNode kira = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C4857773457")
                .json()
                .at("/people/0");
        String familyId = kira.get("familyIds").get(0).asText();
        JsonNode family = hub.get("manager", "/api/v1/families/" + familyId).json();
        assertThat(family.get("members"))
                .extracting(
                        m -> m.get("role").asText() + " " + m.at("/name/given").asText())
                .containsExactlyInAnyOrder("CHILD Kira", "PARENT_CARER Lena");
        JsonNode entries = patiently()
                .until(
                        () -> hub.get("manager", "/api/v1/families/" + familyId + "/timeline")
                                .json()
                                .get("entries"),
                        e -> e.size() == 3);
        List<String> types = new ArrayList<>();
        entries.forEach(e -> types.add(
                e.get("type").asText() + "@" + e.get("source").get("agency").asText()));
        assertThat(types)
                .containsExactlyInAnyOrder(
                        "SAFEGUARDING_FLAG@rae-example-nhs-uk",
                        "EMERGENCY_ATTENDANCE@rae-example-nhs-uk",
                        "FAMILY_RELATIONSHIP_RECORDED@rae-example-nhs-uk");

        // the same Bundle again: every entry a duplicate, nothing changes
        assertThat(hub.post("nhs", "/fhir/r4", sample("transaction-family.json"), JSON)
                        .json()
                        .get("entry"))
                .extracting(e -> e.at("/response/status").asText())
                .containsExactly("200 OK", "200 OK", "200 OK", "200 OK");
    }

    @Test
    void a_transaction_whose_patient_has_a_wrong_nhs_check_digit_applies_nothing() throws IOException {
        HubClient.Response response =
                hub.post("nhs", "/fhir/r4", sample("transaction-wrong-nhs-check-digit.json"), JSON);
        assertThat(response.status()).isEqualTo(422);
        JsonNode outcome = response.json();
        assertThat(outcome.get("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(outcome.get("issue").toString())
                .contains("Bundle.entry[1].resource.subject.identifier[0].value")
                .contains("check digit")
                .doesNotContain("4857773458");
        assertThat(hub.get("manager", "/api/v1/people?identifier=nhs-number%7C4857773458")
                        .status())
                .isEqualTo(400);
        assertThat(hub.deadLetters("nhs", "fhir-r4"))
                .anySatisfy(l -> assertThat(l.get("location").asText()).isEqualTo("Bundle (transaction)"));
    }

    @Test
    void a_batch_takes_each_entry_on_its_own_and_names_each_problem() throws IOException {
        HubClient.Response response = hub.post("nhs", "/fhir/r4", sample("batch-mixed.json"), JSON);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode entries = response.json().get("entry");
        assertThat(entries.get(1).at("/response/status").asText()).isEqualTo("422 Unprocessable Entity");
        assertThat(entries.get(1).at("/response/outcome/issue/0/diagnostics").asText())
                .contains("check digit");
        assertThat(entries.get(2).at("/response/status").asText()).isEqualTo("201 Created");
        assertThat(entries.get(3).at("/response/status").asText()).isEqualTo("201 Created");
        assertThat(entries.get(4).at("/response/outcome/issue/0/diagnostics").asText())
                .contains("matters for safeguarding");
        assertThat(entries.get(5).at("/response/status").asText()).isEqualTo("201 Created");
    }

    @Test
    void an_entry_that_breaks_the_r4_structure_is_refused_by_the_validator() throws IOException {
        HubClient.Response response = hub.post("nhs", "/fhir/r4", sample("batch-encounter-without-status.json"), JSON);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().at("/entry/0/response/status").asText()).isEqualTo("422 Unprocessable Entity");
        assertThat(response.json()
                        .at("/entry/0/response/outcome/issue/0/diagnostics")
                        .asText())
                .contains("status");
    }

    @Test
    void contained_patients_and_xml_resources_are_understood() throws IOException {
        assertThat(hub.post("nhs", "/fhir/r4", sample("collection-contained-patient.json"), JSON)
                        .json()
                        .at("/entry/0/response/status")
                        .asText())
                .isEqualTo("201 Created");
        assertThat(hub.get("manager", "/api/v1/people?identifier=nhs-number%7C4010232137")
                        .json()
                        .get("people"))
                .hasSize(1);

        HubClient.Response xml = hub.post("nhs", "/fhir/r4/Patient", sample("patient.xml"), "application/fhir+xml");
        assertThat(xml.status()).as(xml.body()).isEqualTo(201);
        assertThat(xml.body()).startsWith("<OperationOutcome");
        String familyId = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C9434765870")
                .json()
                .at("/people/0/familyIds/0")
                .asText();
        JsonNode entry = patiently()
                .until(
                        () -> hub.get("lead", "/api/v1/families/" + familyId + "/timeline")
                                                .status()
                                        == 403
                                ? hub.get("manager", "/api/v1/families/" + familyId + "/timeline")
                                        .json()
                                        .get("entries")
                                : null,
                        e -> e != null && e.size() == 1)
                .get(0);
        assertThat(entry.get("sensitivity").asText()).isEqualTo("RESTRICTED");
    }

    @Test
    void malformed_bodies_wrong_types_and_other_sectors_are_refused_with_an_operation_outcome() throws IOException {
        HubClient.Response malformed = hub.post("nhs", "/fhir/r4", sample("malformed.json"), JSON);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("resourceType").asText()).isEqualTo("OperationOutcome");
        HubClient.Response malformedXml = hub.post("nhs", "/fhir/r4", sample("malformed.xml"), "application/fhir+xml");
        assertThat(malformedXml.status()).isEqualTo(400);
        assertThat(malformedXml.body()).startsWith("<OperationOutcome").contains("not a FHIR R4 resource in XML");
        assertThat(hub.post("nhs", "/fhir/r4/Encounter", sample("patient.xml"), "application/fhir+xml")
                        .status())
                .isEqualTo(400);
        assertThat(hub.post("nhs", "/fhir/r4", sample("patient.xml"), "application/fhir+xml")
                        .status())
                .isEqualTo(400);
        assertThat(hub.post("police", "/fhir/r4", sample("transaction-family.json"), JSON)
                        .status())
                .isEqualTo(403);
        assertThat(hub.post(null, "/fhir/r4", sample("transaction-family.json"), JSON)
                        .status())
                .isEqualTo(401);
    }
}
