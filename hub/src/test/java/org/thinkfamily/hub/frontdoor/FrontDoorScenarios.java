package org.thinkfamily.hub.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import org.thinkfamily.contracts.frontdoor.ContactCount;
import org.thinkfamily.contracts.frontdoor.CountContacts;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.RunningHub;
import org.thinkfamily.hub.support.TestIdentifiers;

/**
 * The front door end to end on the real hub: a manager's contacts resolved to a family and counted as
 * repeats, agencies' contacts in the queue, decisions made once, and the public's form (CSRF, the trap
 * field, the limit per address). The form is driven over raw sockets from several loopback addresses
 * (127.0.0.x), so the test of the limit throttles only its own address.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "thinkfamily.test.hub=front-door")
abstract class FrontDoorScenarios extends RunningHub {

    @Autowired
    ContactCounts counts;

    @Autowired
    QueryGateway queries;

    HubClient hub() {
        return new HubClient(port);
    }

    static String child(String nhs, String uprn) {
        return """
                {"role":"CHILD","identifiers":[{"system":"nhs-number","value":"%s"}],
                 "name":{"given":"Jane","family":"Smith"},"birthDate":"2015-03-02",
                 "address":{"uprn":"%s","postcode":"BD1 1AA"}}""".formatted(nhs, uprn);
    }

    static String managerContact(String subject, String receivedAt) {
        return """
                {"subjects":[%s],"reason":"Attendance and wellbeing","contactedBy":"School pastoral lead"%s}""".formatted(subject, receivedAt == null ? "" : ",\"receivedAt\":\"" + receivedAt + "\"");
    }

    JsonNode queue(String status) {
        HubClient.Response answer =
                hub().get("manager", "/api/v1/contacts?size=200" + (status == null ? "" : "&status=" + status));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("contacts");
    }

    JsonNode inQueue(String contactId) {
        for (JsonNode contact : queue(null)) {
            if (contact.get("contactId").asText().equals(contactId)) {
                return contact;
            }
        }
        return null;
    }

    JsonNode byReference(String reference) {
        for (JsonNode contact : queue(null)) {
            if (contact.get("reference").asText().equals(reference)) {
                return contact;
            }
        }
        return null;
    }

    @Test
    void a_manager_enters_a_contact_resolved_to_the_family_and_a_second_one_is_a_repeat() {
        String nhs = TestIdentifiers.nhsNumber();
        String uprn = TestIdentifiers.uprn();
        HubClient.Response first =
                hub().post("manager", "/api/v1/contacts", managerContact(child(nhs, uprn), "2026-10-01T09:00:00Z"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String familyId = first.json().get("familyId").asText();
        assertThat(first.json().get("repeat").asBoolean()).isFalse();
        // the child's family, as the people API knows it
        JsonNode people = hub().get("manager", "/api/v1/people?identifier=nhs-number%7C" + nhs)
                .json()
                .get("people");
        assertThat(people.get(0).get("familyIds").get(0).asText()).isEqualTo(familyId);

        // the same child named by identifier alone: the same family, now a repeat
        HubClient.Response second = hub().post(
                        "manager",
                        "/api/v1/contacts",
                        managerContact(
                                "{\"role\":\"CHILD\",\"identifiers\":[{\"system\":\"nhs-number\",\"value\":\"" + nhs
                                        + "\"}]}",
                                null));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().get("familyId").asText()).isEqualTo(familyId);
        assertThat(second.json().get("repeat").asBoolean()).isTrue();
        assertThat(second.json().get("contactId").asText())
                .isNotEqualTo(first.json().get("contactId").asText());

        JsonNode queued = inQueue(second.json().get("contactId").asText());
        assertThat(queued.get("status").asText()).isEqualTo("AWAITING_DECISION");
        assertThat(queued.get("from").asText()).isEqualTo("bradford-early-help-gateway");
        assertThat(queued.get("reason").asText()).isEqualTo("Attendance and wellbeing");
        assertThat(queued.get("repeat").asBoolean()).isTrue();
        assertThat(queued.has("decision")).isFalse();

        // for the family view: two in the 12 months up to now; none as known before the first
        assertThat(counts.of(familyId, null)).isEqualTo(new ContactCount(2, true));
        assertThat(queries.query(new CountContacts(familyId, null), ContactCount.class)
                        .join())
                .isEqualTo(new ContactCount(2, true));
        assertThat(counts.of(familyId, Instant.parse("2026-09-30T00:00:00Z"))).isEqualTo(new ContactCount(0, false));
        // received 1 October 2026: outside the 12 months up to 2 October 2027
        assertThat(counts.of(familyId, Instant.parse("2027-10-02T00:00:00Z")).count12Months())
                .isEqualTo(1);
    }

    @Test
    void a_contact_the_rules_refuse_is_400_naming_the_field_and_makes_nothing() {
        int before = queue(null).size();
        HubClient.Response refused = hub().post(
                        "manager",
                        "/api/v1/contacts",
                        managerContact(
                                "{\"role\":\"CHILD\",\"identifiers\":[{\"system\":\"nhs-number\",\"value\":\"9434765871\"}]}",
                                null));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText())
                .isEqualTo("subjects[0].identifiers[0].value");
        assertThat(hub().post(
                                "manager",
                                "/api/v1/contacts",
                                "{\"subjects\":[" + child(TestIdentifiers.nhsNumber(), TestIdentifiers.uprn())
                                        + "],\"contactedBy\":\"School\"}")
                        .status())
                .isEqualTo(400);
        assertThat(queue(null).size()).isEqualTo(before);
    }

    @Test
    void an_agencys_contact_received_event_awaits_a_decision_in_the_queue() {
        String nhs = TestIdentifiers.nhsNumber();
        String messageId = TestIdentifiers.messageId();
        String event = """
                {"source":{"agency":"bradford-childrens-social-care","sector":"SOCIAL_CARE","messageId":"%s"},
                 "type":"CONTACT_RECEIVED","occurredAt":"2026-11-25T09:30:00Z",
                 "subjects":[%s],
                 "summary":"A neighbour called about the children.",
                 "details":{"reason":"Neglect concerns","contactedBy":"Neighbour"}}""".formatted(messageId, child(nhs, TestIdentifiers.uprn()));
        HubClient.Response pushed = hub().post("socialcare", "/api/v1/events", event);
        assertThat(pushed.json().get("results").get(0).get("status").asText())
                .as(pushed.body())
                .isEqualTo("ACCEPTED");
        // sent again: a duplicate, and still one contact
        assertThat(hub().post("socialcare", "/api/v1/events", event)
                        .json()
                        .get("results")
                        .get(0)
                        .get("status")
                        .asText())
                .isEqualTo("DUPLICATE");

        List<JsonNode> fromSocialCare = new ArrayList<>();
        queue("AWAITING_DECISION").forEach(c -> {
            if (c.get("from").asText().equals("bradford-childrens-social-care")
                    && c.get("reason").asText().equals("Neglect concerns")
                    && c.get("receivedAt").asText().equals("2026-11-25T09:30:00Z")) {
                fromSocialCare.add(c);
            }
        });
        assertThat(fromSocialCare).hasSize(1);
        JsonNode contact = fromSocialCare.get(0);
        String familyId = hub().get("manager", "/api/v1/people?identifier=nhs-number%7C" + nhs)
                .json()
                .get("people")
                .get(0)
                .get("familyIds")
                .get(0)
                .asText();
        assertThat(contact.get("familyId").asText()).isEqualTo(familyId);
        assertThat(contact.get("contactedBy").asText()).isEqualTo("Neighbour");
        assertThat(contact.get("repeat").asBoolean()).isFalse();
    }

    @Test
    void a_contact_is_decided_once_with_a_reason() {
        String contactId = hub().post(
                        "manager",
                        "/api/v1/contacts",
                        managerContact(child(TestIdentifiers.nhsNumber(), TestIdentifiers.uprn()), null))
                .json()
                .get("contactId")
                .asText();
        String path = "/api/v1/contacts/" + contactId + "/decision";

        assertThat(hub().post("manager", path, "{\"outcome\":\"EARLY_HELP_TIER_2\"}")
                        .status())
                .isEqualTo(400);
        assertThat(hub().post("manager", path, "{\"outcome\":\"EARLY_HELP_TIER_2\",\"reason\":\"  \"}")
                        .status())
                .isEqualTo(400);
        assertThat(hub().post("manager", path, "{\"outcome\":\"TIER_9\",\"reason\":\"x\"}")
                        .status())
                .isEqualTo(400);

        HubClient.Response decided = hub().post(
                        "manager",
                        path,
                        "{\"outcome\":\"EARLY_HELP_TIER_2\",\"reason\":\"Needs a family support worker\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("status").asText()).isEqualTo("DECIDED");
        assertThat(decided.json().get("decision").get("outcome").asText()).isEqualTo("EARLY_HELP_TIER_2");
        assertThat(decided.json().get("decision").get("reason").asText()).isEqualTo("Needs a family support worker");
        assertThat(decided.json().get("decision").get("decidedBy").asText()).isEqualTo("manager");

        HubClient.Response again =
                hub().post("manager", path, "{\"outcome\":\"ADVICE\",\"reason\":\"Changed my mind\"}");
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(inQueue(contactId).get("decision").get("outcome").asText()).isEqualTo("EARLY_HELP_TIER_2");

        List<String> decidedIds = new ArrayList<>();
        queue("DECIDED").forEach(c -> decidedIds.add(c.get("contactId").asText()));
        assertThat(decidedIds).contains(contactId);
        List<String> awaiting = new ArrayList<>();
        queue("AWAITING_DECISION").forEach(c -> awaiting.add(c.get("contactId").asText()));
        assertThat(awaiting).doesNotContain(contactId);

        assertThat(hub().post(
                                "manager",
                                "/api/v1/contacts/no-such-contact/decision",
                                "{\"outcome\":\"ADVICE\",\"reason\":\"x\"}")
                        .status())
                .isEqualTo(404);
        assertThat(hub().get("manager", "/api/v1/contacts?status=WHATEVER").status())
                .isEqualTo(400);
    }

    @Test
    void only_managers_use_the_contacts_api() {
        String body = managerContact(child(TestIdentifiers.nhsNumber(), TestIdentifiers.uprn()), null);
        for (String user : List.of("lead", "auditor", "dsl", "police", "socialcare")) {
            assertThat(hub().get(user, "/api/v1/contacts").status()).as(user).isEqualTo(403);
            assertThat(hub().post(user, "/api/v1/contacts", body).status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(hub().post(user, "/api/v1/contacts/x/decision", "{\"outcome\":\"ADVICE\",\"reason\":\"x\"}")
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(hub().get(null, "/api/v1/contacts").status()).isEqualTo(401);
    }

    // ---- the public form, over raw sockets from chosen loopback addresses ----

    record Answer(int status, String head, String body) {
        String header(String name) {
            Matcher m = Pattern.compile("(?im)^" + name + ": *(.*)$").matcher(head);
            return m.find() ? m.group(1).trim() : null;
        }
    }

    Answer send(String from, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            byte[] all = socket.getInputStream().readAllBytes();
            String answer = new String(all, StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            String head = answer.substring(0, split);
            String body = answer.substring(split + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                body = dechunk(body.getBytes(StandardCharsets.UTF_8));
            }
            return new Answer(Integer.parseInt(answer.substring(9, 12)), head, body);
        }
    }

    private static String dechunk(byte[] chunked) throws IOException {
        InputStream in = new java.io.ByteArrayInputStream(chunked);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    return out.toString(StandardCharsets.UTF_8);
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            int size = Integer.parseInt(line.toString().split(";")[0].trim(), 16);
            if (size == 0) {
                return out.toString(StandardCharsets.UTF_8);
            }
            out.write(in.readNBytes(size));
            in.read();
            in.read();
        }
    }

    /** The form's page, its session cookie and CSRF token. */
    record Form(Answer page, String cookie, String csrf) {}

    Form openForm(String from) throws IOException {
        Answer page = send(from, "GET /request-help HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(page.status()).isEqualTo(200);
        String cookie = page.header("Set-Cookie").split(";")[0];
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        return new Form(page, cookie, token.group(1));
    }

    Answer post(String from, Form form, Map<String, String> fields) throws IOException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (form.csrf() != null) {
            all.put("_csrf", form.csrf());
        }
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(
                from,
                "POST /request-help HTTP/1.1\r\nHost: localhost\r\nCookie: " + form.cookie()
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + bytes.length
                        + "\r\nConnection: close\r\n\r\n" + body);
    }

    static Map<String, String> request(String aboutName) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("aboutName", aboutName);
        fields.put("aboutDateOfBirth-day", "");
        fields.put("aboutDateOfBirth-month", "");
        fields.put("aboutDateOfBirth-year", "");
        fields.put("aboutPostcode", "BD1 1AA");
        fields.put("yourName", "Pat Neighbour");
        fields.put("yourContact", "07700 900123");
        fields.put("worry", "The children next door are often left alone at night.");
        fields.put("website", "");
        return fields;
    }

    static String reference(Answer answer) {
        Matcher m = Pattern.compile("class=\"app-reference\">([0-9A-F]{8})<").matcher(answer.body());
        assertThat(m.find()).as(answer.body()).isTrue();
        return m.group(1);
    }

    @Test
    void the_form_is_a_gov_uk_page_open_to_anyone_with_nothing_inline() throws IOException {
        Form form = openForm("127.0.0.20");
        assertThat(form.page().header("Content-Security-Policy"))
                .contains("script-src 'self'")
                .contains("style-src 'self'");
        String body = form.page().body();
        assertThat(body)
                .contains("govuk-frontend")
                .contains("name=\"aboutName\"")
                .contains("name=\"aboutDateOfBirth-day\"")
                .contains("name=\"aboutDateOfBirth-month\"")
                .contains("name=\"aboutDateOfBirth-year\"")
                .contains("name=\"aboutPostcode\"")
                .contains("name=\"yourName\"")
                .contains("name=\"yourContact\"")
                .contains("name=\"worry\"");
        assertThat(body).doesNotContain("style=");
        assertThat(Pattern.compile("<script(?![^>]*\\ssrc=)").matcher(body).find())
                .as("no inline scripts")
                .isFalse();
        // the trap: out of the tab order, labelled for screen readers
        assertThat(body)
                .containsPattern(
                        "<label for=\"website\">Leave this empty</label>\\s*<input id=\"website\" name=\"website\" type=\"text\" tabindex=\"-1\"");
    }

    @Test
    void a_post_without_its_csrf_token_is_403_and_makes_no_contact() throws IOException {
        int before = queue(null).size();
        Form form = openForm("127.0.0.21");
        Answer refused = post("127.0.0.21", new Form(form.page(), form.cookie(), null), request("No Token"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(queue(null).size()).isEqualTo(before);
    }

    @Test
    void a_request_lands_as_a_contact_from_the_public_awaiting_a_decision(CapturedOutput output) throws IOException {
        Form form = openForm("127.0.0.22");
        Map<String, String> fields = request("Sam Quietly-Unlogged");
        fields.put("aboutDateOfBirth-day", "2");
        fields.put("aboutDateOfBirth-month", "3");
        fields.put("aboutDateOfBirth-year", "2015");
        Answer answer = post("127.0.0.22", form, fields);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body())
                .contains("Your request for help has been sent")
                .contains("What happens next");
        JsonNode contact = byReference(reference(answer));
        assertThat(contact).isNotNull();
        assertThat(contact.get("from").asText()).isEqualTo("PUBLIC");
        assertThat(contact.get("status").asText()).isEqualTo("AWAITING_DECISION");
        assertThat(contact.get("reason").asText()).isEqualTo("The children next door are often left alone at night.");
        assertThat(contact.has("familyId")).isFalse();
        assertThat(contact.get("request").get("aboutName").asText()).isEqualTo("Sam Quietly-Unlogged");
        assertThat(contact.get("request").get("aboutDateOfBirth").asText()).isEqualTo("2015-03-02");
        assertThat(contact.get("request").get("yourContact").asText()).isEqualTo("07700 900123");
        assertThat(output.getAll())
                .contains("request for help received")
                .doesNotContain("Quietly-Unlogged")
                .doesNotContain("07700 900123")
                .doesNotContain("left alone at night");

        // without a date of birth too: a public contact need not identify anyone
        Answer noBirthDate = post("127.0.0.22", openForm("127.0.0.22"), request("Alex Unknown-Birthday"));
        assertThat(noBirthDate.status()).isEqualTo(200);
        JsonNode second = byReference(reference(noBirthDate));
        assertThat(second.get("request").get("aboutName").asText()).isEqualTo("Alex Unknown-Birthday");
        assertThat(second.get("request").has("aboutDateOfBirth")).isFalse();

        // a tier needs a family: a public contact is decided otherwise until it is linked
        assertThat(hub().post(
                                "manager",
                                "/api/v1/contacts/" + second.get("contactId").asText() + "/decision",
                                "{\"outcome\":\"EARLY_HELP_TIER_2\",\"reason\":\"Needs support\"}")
                        .status())
                .isEqualTo(409);
        assertThat(hub().post(
                                "manager",
                                "/api/v1/contacts/" + second.get("contactId").asText() + "/decision",
                                "{\"outcome\":\"ADVICE\",\"reason\":\"Signposted to the family hub\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void a_bot_filling_the_trap_gets_the_same_answer_and_makes_no_contact(CapturedOutput output) throws IOException {
        int before = queue(null).size();
        Map<String, String> fields = request("Bot Victim-Name");
        fields.put("website", "http://spam.example");
        Answer answer = post("127.0.0.23", openForm("127.0.0.23"), fields);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("Your request for help has been sent");
        assertThat(byReference(reference(answer))).isNull();
        assertThat(queue(null).size()).isEqualTo(before);
        assertThat(output.getAll())
                .contains("trap field filled")
                .doesNotContain("spam.example")
                .doesNotContain("Victim-Name");
    }

    @Test
    void a_missing_worry_shows_the_form_again_with_an_error_summary() throws IOException {
        Map<String, String> fields = request("Kept Typed");
        fields.put("worry", "   ");
        fields.put("aboutDateOfBirth-day", "31");
        fields.put("aboutDateOfBirth-month", "2");
        fields.put("aboutDateOfBirth-year", "2015");
        Answer answer = post("127.0.0.24", openForm("127.0.0.24"), fields);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body())
                .contains("govuk-error-summary")
                .contains("There is a problem")
                .contains("<a href=\"#worry\">Tell us what you are worried about</a>")
                .contains("<a href=\"#aboutDateOfBirth-day\">Date of birth must be a real date</a>")
                .contains("id=\"worry-error\"")
                .contains("govuk-textarea--error")
                .contains("<title>Error: ");
        // what was typed is kept
        assertThat(answer.body()).contains("value=\"Kept Typed\"");
    }

    @Test
    void the_eleventh_post_in_a_minute_from_one_address_is_429() throws IOException {
        Form form = openForm("127.0.0.25");
        Map<String, String> incomplete = new LinkedHashMap<>(Map.of("aboutName", "", "worry", ""));
        for (int i = 0; i < 10; i++) {
            assertThat(post("127.0.0.25", form, incomplete).status())
                    .as("post " + (i + 1))
                    .isEqualTo(400);
        }
        Answer refused = post("127.0.0.25", form, request("Eleventh Post"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("60");
        assertThat(refused.body()).contains("too many requests");
        // another address is not held back
        assertThat(post("127.0.0.26", openForm("127.0.0.26"), request("Other Address"))
                        .status())
                .isEqualTo(200);
    }
}
