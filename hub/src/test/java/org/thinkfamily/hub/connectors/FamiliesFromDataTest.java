package org.thinkfamily.hub.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thinkfamily.connectors.support.ContactKeys;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.PersonName;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.HubProcess;
import org.thinkfamily.hub.support.MllpClient;
import org.thinkfamily.hub.support.TestIdentifiers;

/**
 * Families from data: people named together as a child and their parent or carer, by a FHIR Patient's contacts, HL7
 * NK1 segments, a school's contacts file and a benefit household file, end up in one family with the child. Each test
 * sends a sample from {@code connectors/src/test/resources/samples} with identifiers and names of its own, so the
 * tests never meet each other's people.
 */
class FamiliesFromDataTest extends ConnectorSuite {

    static final int MLLP_PORT = HubProcess.freePort();
    static Path inbox;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        inbox = newInbox(registry);
        listenOnMllp(registry, MLLP_PORT);
    }

    @Test
    void a_fhir_patients_mother_named_as_a_contact_joins_the_childs_family_and_an_emergency_contact_does_not()
            throws IOException {
        String nhs = TestIdentifiers.nhsNumber();
        String surname = surname();
        String bundle = sample("fhir/transaction-patient-contacts.json")
                .replace("4010234563", nhs)
                .replace("Hart", surname)
                .replace("p-mia", "p-" + surname)
                .replace("ENC-mia-1", "ENC-" + surname);
        HubClient.Response response = hub.post("nhs", "/fhir/r4", bundle, "application/fhir+json");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("entry"))
                .extracting(e -> e.at("/response/status").asText())
                .containsExactly("201 Created", "201 Created");

        JsonNode mia = person("nhs-number", nhs);
        String familyId = mia.get("familyIds").get(0).asText();
        Identifier key = ContactKeys.of("rae-example-nhs-uk", "nhs-number|" + nhs, new PersonName("Rosa", surname));
        assertThat(person(key.system(), key.value()).get("familyIds"))
                .extracting(JsonNode::asText)
                .containsExactly(familyId);
        assertThat(members(familyId)).containsExactlyInAnyOrder("CHILD Mia", "PARENT_CARER Rosa");
        assertThat(awaitTimelineEntry(familyId, "Patient contact recorded: MTH")
                        .get("type")
                        .asText())
                .isEqualTo("FAMILY_RELATIONSHIP_RECORDED");
        awaitTimelineEntry(familyId, "Attended the emergency department");

        // the same Bundle again changes nothing
        assertThat(hub.post("nhs", "/fhir/r4", bundle, "application/fhir+json")
                        .json()
                        .get("entry"))
                .extracting(e -> e.at("/response/status").asText())
                .containsExactly("200 OK", "200 OK");
        assertThat(members(familyId)).hasSize(2);

        HubClient.Response broken = hub.post(
                "nhs",
                "/fhir/r4",
                sample("fhir/transaction-patient-contacts-wrong-nhs-check-digit.json")
                        .replace("Hart", surname()),
                "application/fhir+json");
        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.body())
                .contains("Bundle.entry[0].resource.identifier[0].value")
                .doesNotContain("4010234564");
    }

    @Test
    void parents_named_in_nk1_segments_join_the_patients_family() throws IOException {
        String child = TestIdentifiers.nhsNumber();
        String mother = TestIdentifiers.nhsNumber();
        String surname = surname().toUpperCase(Locale.ROOT);
        String controlId = "NK1-" + surname;
        String message = sample("hl7/a04-registration-nk1-v25.hl7")
                .replace("4857771233", child)
                .replace("9434761115", mother)
                .replace("NOOR", surname)
                .replace("RAE7000123", "RAE" + surname)
                .replace("A04-NK1-0001", controlId);
        assertThat(MllpClient.ackCode(MllpClient.send(MLLP_PORT, message))).isEqualTo("AA");

        String familyId = person("nhs-number", child).get("familyIds").get(0).asText();
        assertThat(person("nhs-number", mother).get("familyIds"))
                .extracting(JsonNode::asText)
                .containsExactly(familyId);
        Identifier father = ContactKeys.of("rae", "nhs-number|" + child, new PersonName("IMRAN", surname));
        assertThat(person(father.system(), father.value()).get("familyIds"))
                .extracting(JsonNode::asText)
                .containsExactly(familyId);
        assertThat(members(familyId))
                .containsExactlyInAnyOrder("CHILD AYLA", "PARENT_CARER SAMIRA", "PARENT_CARER IMRAN");
        assertThat(awaitTimelineEntry(familyId, "Registered with the hospital").get("personIds"))
                .hasSize(3);

        String ack = MllpClient.send(
                MLLP_PORT,
                sample("hl7/a04-nk1-wrong-nhs-check-digit.hl7")
                        .replace("NOOR", surname())
                        .replace("A04-NK1-0002", controlId + "-BAD"));
        assertThat(MllpClient.ackCode(ack)).isEqualTo("AE");
        assertThat(ack).contains("NK1(1)-33(1)").doesNotContain("9434761116");
        assertThat(hub.deadLetters("nhs", "hl7-v2")).anySatisfy(l -> {
            assertThat(l.get("location").asText()).endsWith("message " + controlId + "-BAD");
            assertThat(l.get("reason").asText()).contains("NK1(1)-33(1)").contains("check digit");
        });
    }

    @Test
    void a_schools_contacts_put_the_pupil_their_parents_and_a_brother_in_one_family() throws IOException {
        String ava = TestIdentifiers.upn();
        String leo = TestIdentifiers.upn();
        String finn = TestIdentifiers.upn();
        String surname = surname();
        String gemmaId = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L));
        String file = sample("education-contacts/contacts-2026-11.csv")
                .replace(",5501\r", "," + gemmaId + "\r")
                .replace(",5502\r", "," + gemmaId + "2\r")
                .replace(",5503\r", "," + gemmaId + "3\r")
                .replace("N380200126101", ava)
                .replace("C380200126102", leo)
                .replace("R380200126103", finn)
                .replace("Cole", surname)
                .replace("Price", surname() + "e")
                .replace("O'Neil", surname());
        drop("education-contacts", file, "contacts-" + surname + ".csv");
        awaitMoved("education-contacts", ".done", "contacts-" + surname + ".csv");

        String familyId = person("upn", ava).get("familyIds").get(0).asText();
        assertThat(person("local:school-3802001", "contact-" + gemmaId).get("familyIds"))
                .extracting(JsonNode::asText)
                .containsExactly(familyId);
        assertThat(person("upn", leo).get("familyIds"))
                .extracting(JsonNode::asText)
                .containsExactly(familyId);
        assertThat(members(familyId))
                .containsExactlyInAnyOrder("CHILD Ava", "PARENT_CARER Gemma", "PARENT_CARER Dean", "CHILD Leo");
        assertThat(person("local:school-3802001", "contact-" + gemmaId + "3").get("familyIds"))
                .isEmpty(); // the grandmother
        JsonNode entry = awaitTimelineEntry(familyId, "School contact recorded: STEP_FATHER");
        assertThat(entry.get("source").get("agency").asText()).isEqualTo("school-3802001");
        assertThat(entry.get("sector").asText()).isEqualTo("EDUCATION");
        assertThat(person("upn", finn).get("familyIds"))
                .extracting(JsonNode::asText)
                .doesNotContain(familyId);

        String isla = TestIdentifiers.upn();
        String wrong =
                "ABCDEFGHJKLMNPQRTUVWXYZ".replace(isla.substring(0, 1), "").charAt(0) + isla.substring(1);
        String broken = sample("education-contacts/broken-contacts.csv")
                .replace("G380200126104", wrong)
                .replace("F380200126104", isla)
                .replace("Ward", surname());
        drop("education-contacts", broken, "broken-" + surname + ".csv");
        awaitMoved("education-contacts", ".done", "broken-" + surname + ".csv");
        List<String> reasons = hub.deadLetters("school", "education-contacts").stream()
                .filter(l -> l.get("location").asText().startsWith("broken-" + surname + ".csv"))
                .map(l -> l.get("location").asText().replace("broken-" + surname + ".csv, ", "") + " "
                        + l.get("reason").asText())
                .toList();
        assertThat(reasons)
                .hasSize(5)
                .anySatisfy(r -> assertThat(r).startsWith("line 3 upn: UPN check letter is wrong"))
                .anySatisfy(r -> assertThat(r).startsWith("line 4 date_of_birth"))
                .anySatisfy(r -> assertThat(r).startsWith("line 5 relationship: is required"))
                .anySatisfy(r -> assertThat(r).startsWith("line 6 contact_priority"))
                .anySatisfy(r -> assertThat(r).startsWith("line 7 school_laestab"));
        assertThat(person("upn", isla).get("familyIds")).hasSize(1);

        drop("education-contacts", sample("education-contacts/missing-column.csv"), "missing-" + surname + ".csv");
        awaitMoved("education-contacts", ".failed", "missing-" + surname + ".csv");
        assertThat(hub.deadLetters("school", "education-contacts")).anySatisfy(l -> {
            assertThat(l.get("location").asText()).isEqualTo("missing-" + surname + ".csv (whole file)");
            assertThat(l.get("reason").asText()).contains("relationship");
        });
    }

    @Test
    void a_benefit_claims_household_is_one_family_with_the_claimant() throws IOException {
        String claimant = TestIdentifiers.niNumber();
        String partner = TestIdentifiers.niNumber();
        String nonDependant = TestIdentifiers.niNumber();
        String surname = surname();
        String claim = "UC-" + surname;
        String file = sample("benefits-household/household.csv")
                .replace("JK123456A", claimant)
                .replace("JL654321B", partner)
                .replace("JM112233C", nonDependant)
                .replace("Reid", surname)
                .replace("UC-555-001", claim);
        drop("benefits-household", file, "household-" + surname + ".csv");
        awaitMoved("benefits-household", ".done", "household-" + surname + ".csv");

        String familyId = person("ni-number", claimant).get("familyIds").get(0).asText();
        assertThat(person("ni-number", partner).get("familyIds"))
                .extracting(JsonNode::asText)
                .containsExactly(familyId);
        assertThat(members(familyId))
                .containsExactlyInAnyOrder(
                        "PARENT_CARER ", "PARENT_CARER Owen", "CHILD Poppy", "CHILD Alfie", "ADULT_IN_HOUSEHOLD Kyle");
        JsonNode entry = awaitTimelineEntry(familyId, "Benefit household member recorded: CHILD");
        assertThat(entry.get("sector").asText()).isEqualTo("BENEFITS");
        assertThat(entry.get("source").get("agency").asText()).isEqualTo("dwp-bradford");

        String broken = sample("benefits-household/broken-household.csv")
                .replace("JK223344A", TestIdentifiers.niNumber())
                .replace("Lane", surname());
        drop("benefits-household", broken, "broken-" + surname + ".csv");
        awaitMoved("benefits-household", ".done", "broken-" + surname + ".csv");
        assertThat(hub.deadLetters("dwp", "benefits-household").stream()
                        .filter(l -> l.get("location").asText().startsWith("broken-" + surname + ".csv"))
                        .map(l -> l.get("location").asText().replace("broken-" + surname + ".csv, ", "") + " "
                                + l.get("reason").asText()))
                .hasSize(5)
                .contains(
                        "line 2 claimant_nino: National Insurance prefix GB is never issued",
                        "line 3 member_role: must be PARTNER, CHILD, DEPENDANT or NON_DEPENDANT");
    }

    private static String sample(String name) throws IOException {
        return sample(SAMPLES, name);
    }

    /** A surname no other test uses: letters only, so it reads as a name to the matcher. */
    private static String surname() {
        StringBuilder name = new StringBuilder("Q");
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }

    private List<String> members(String familyId) {
        List<String> members = new ArrayList<>();
        hub.get("manager", "/api/v1/families/" + familyId)
                .json()
                .get("members")
                .forEach(m -> members.add(
                        m.get("role").asText() + " " + m.at("/name/given").asText()));
        return members;
    }

    /** Drops a file as an agency's system would: written aside, then moved in whole. */
    private void drop(String connector, String content, String asName) throws IOException {
        dropWhole(inbox, connector, content.getBytes(StandardCharsets.UTF_8), asName);
    }

    private void awaitMoved(String connector, String folder, String name) {
        awaitMoved(inbox, connector, folder, name);
    }
}
