package org.thinkfamily.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thinkfamily.hub.audit.AccessRecorder;
import org.thinkfamily.hub.support.CanonicalEvents;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.TestDatabases;
import org.thinkfamily.hub.support.TestIdentifiers;

/**
 * The defects an outside probe found, as a careless agency or an attacker would meet them: each request
 * here once succeeded, lost data, stopped the audit trail or leaked personal data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@ExtendWith(OutputCaptureExtension.class)
class HardeningTest {

    static Path dataDir;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        dataDir = TestDatabases.embedded(registry, "hardening");
    }

    @LocalServerPort
    int port;

    @Autowired
    AccessRecorder accessRecorder;

    @Autowired
    UserDetailsService users;

    HubClient hub;

    @BeforeEach
    void connect() {
        hub = new HubClient(port);
    }

    static String withSource(String event, String agency, String sector, String messageId) {
        return event.replaceFirst(
                "\"source\":\\{[^}]*}",
                "\"source\":{\"agency\":\"" + agency + "\",\"sector\":\"" + sector + "\",\"messageId\":\"" + messageId
                        + "\"}");
    }

    static String attendance(String agency, String messageId) {
        return withSource(
                CanonicalEvents.schoolAttendance(
                        "x", "2026-11-01T09:00:00Z", TestIdentifiers.upn(), TestIdentifiers.nhsNumber()),
                agency,
                "EDUCATION",
                messageId);
    }

    static String incident(String agency, String messageId) {
        return withSource(
                CanonicalEvents.domesticAbuse(
                        "x", "2026-11-20T22:15:00Z", TestIdentifiers.niNumber(), TestIdentifiers.nhsNumber()),
                agency,
                "POLICE",
                messageId);
    }

    @Test
    void one_agency_cannot_take_another_agencys_message_id() {
        String messageId = "INC-" + UUID.randomUUID();
        // the school sends under the police's configured code: refused, and nothing is stored under that id
        HubClient.Response squat = hub.post("school", "/api/v1/events", attendance("west-yorkshire-police", messageId));
        assertThat(squat.status()).isEqualTo(403);
        HubClient.Response real = hub.post("police", "/api/v1/events", incident("west-yorkshire-police", messageId));
        assertThat(real.json().at("/results/0/status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void a_code_nobody_configured_belongs_to_the_sector_that_used_it_first() {
        String code = "custody-" + UUID.randomUUID().toString().substring(0, 8);
        String messageId = "M-" + UUID.randomUUID();
        assertThat(hub.post("police", "/api/v1/events", incident(code, "first-" + messageId))
                        .json()
                        .at("/results/0/status")
                        .asText())
                .isEqualTo("ACCEPTED");
        // alone: 403; in an array: that event REJECTED naming the field, its neighbours still accepted
        assertThat(hub.post("school", "/api/v1/events", attendance(code, messageId))
                        .status())
                .isEqualTo(403);
        JsonNode results = hub.post(
                        "school",
                        "/api/v1/events",
                        "[" + attendance("bradford-school-2001", "own-" + messageId) + "," + attendance(code, messageId)
                                + "]")
                .json()
                .get("results");
        assertThat(results.get(0).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(results.get(1).get("status").asText()).isEqualTo("REJECTED");
        assertThat(results.get(1).at("/errors/0/field").asText()).isEqualTo("source.agency");
        assertThat(results.get(1).at("/errors/0/message").asText()).contains("POLICE");
        // the police's own message with that id is still new to the hub
        assertThat(hub.post("police", "/api/v1/events", incident(code, messageId))
                        .json()
                        .at("/results/0/status")
                        .asText())
                .isEqualTo("ACCEPTED");
    }

    @Test
    void an_agency_code_over_64_characters_is_rejected_naming_the_field_and_the_array_is_answered_in_full() {
        String longCode = "a".repeat(70);
        HubClient.Response response = hub.post(
                "police",
                "/api/v1/events",
                "[" + incident("west-yorkshire-police", TestIdentifiers.messageId()) + ","
                        + incident(longCode, TestIdentifiers.messageId()) + "]");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/results/0/status").asText()).isEqualTo("ACCEPTED");
        assertThat(response.json().at("/results/1/status").asText()).isEqualTo("REJECTED");
        assertThat(response.json().at("/results/1/errors/0/field").asText()).isEqualTo("source.agency");
        assertThat(hub.deadLetters("manager", "canonical-events"))
                .anySatisfy(letter -> assertThat(letter.get("payload").asText()).contains(longCode));
    }

    @Test
    void a_newline_in_an_agency_code_never_forges_a_log_line(CapturedOutput output) {
        String forged = "x\n2026-11-29T00:00:00Z  INFO 1 --- [main] FORGED: manager exported every family";
        String event = incident("west-yorkshire-police", TestIdentifiers.messageId())
                .replace("\"agency\":\"west-yorkshire-police\"", "\"agency\":\"" + forged.replace("\n", "\\n") + "\"");
        assertThat(hub.post("police", "/api/v1/events", event)
                        .json()
                        .at("/results/0/status")
                        .asText())
                .isEqualTo("REJECTED");
        assertThat(output.getAll().lines()).noneMatch(line -> line.contains("FORGED"));
        // and should a value slip into a message, the log layout keeps it on its own line
        org.slf4j.LoggerFactory.getLogger(HardeningTest.class).info("probe\nFORGED2 line");
        assertThat(output.getAll().lines())
                .noneMatch(line -> line.startsWith("FORGED2"))
                .anyMatch(line -> line.contains("probe | FORGED2 line"));
    }

    @Test
    void an_over_long_purpose_is_refused_at_the_edge_and_a_poison_event_never_stops_the_access_log(
            CapturedOutput output) throws Exception {
        String child = TestIdentifiers.nhsNumber();
        hub.post(
                "police",
                "/api/v1/events",
                CanonicalEvents.domesticAbuse(
                        TestIdentifiers.messageId(), "2026-11-20T22:15:00Z", TestIdentifiers.niNumber(), child));
        String familyId = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + child)
                .json()
                .at("/people/0/familyIds/0")
                .asText();
        HttpResponse<String> tooLong = hub.exchange(
                "manager",
                "GET",
                "/api/v1/families/" + familyId + "/timeline",
                null,
                "X-Access-Purpose",
                "p".repeat(7000));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("at most 500 characters").doesNotContain("ppppp");
        assertThat(hub.exchange(
                                "manager",
                                "GET",
                                "/api/v1/families/" + familyId + "/timeline",
                                null,
                                "X-Access-Purpose",
                                "p".repeat(500))
                        .statusCode())
                .isEqualTo(200);

        // an access event the log cannot hold (written past the edge), then an ordinary read after it
        accessRecorder.record(
                "q".repeat(300),
                familyId,
                "READ_TIMELINE",
                "poison",
                org.thinkfamily.contracts.audit.AccessRelationship.MANAGER,
                "tool");
        assertThat(hub.exchange(
                                "manager",
                                "GET",
                                "/api/v1/families/" + familyId,
                                null,
                                "X-Access-Purpose",
                                "after the poison")
                        .statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(hub.get("auditor", "/api/v1/audit/access?familyId=" + familyId)
                                .json()
                                .get("entries"))
                        .anySatisfy(e -> assertThat(e.get("purpose").asText()).isEqualTo("after the poison")));
        JsonNode parked =
                hub.get("manager", "/api/v1/projection-failures").json().get("failures");
        assertThat(parked).anySatisfy(f -> {
            assertThat(f.get("projection").asText()).isEqualTo("access-log");
            assertThat(f.get("eventType").asText()).endsWith("FamilyRecordAccessed");
            assertThat(f.get("cause").asText()).doesNotContain("qqqq");
        });
        assertThat(output.getAll()).doesNotContain("qqqqqqqq");
        assertThat(hub.get("lead", "/api/v1/projection-failures").status()).isEqualTo(403);
        assertThat(hub.post("manager", "/api/v1/projection-failures/access-log/retry", "")
                        .json()
                        .get("remaining")
                        .asLong())
                .isGreaterThanOrEqualTo(1);
        // H2 keeps no trace file that would quote the over-long value
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".trace.db"));
        }
    }

    @Test
    void a_body_over_10_mb_is_refused_whether_it_says_its_length_or_not() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(
                    ("POST /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic cG9saWNlOnBvbGljZS1kZW1v\r\n"
                                    + "Content-Type: application/json\r\nContent-Length: 11000000\r\n\r\n[")
                            .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(10_000);
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 413");
        }
        InputStream chunked = new SequenceInputStream(
                new ByteArrayInputStream("[\"".getBytes(StandardCharsets.UTF_8)), new InputStream() {
                    long left = 11_000_000;

                    @Override
                    public int read() {
                        return left-- > 0 ? 'x' : -1;
                    }
                });
        HttpResponse<String> streamed =
                hub.post("police", "/api/v1/events", HttpRequest.BodyPublishers.ofInputStream(() -> chunked));
        assertThat(streamed.statusCode()).isEqualTo(413);
    }

    @Test
    void a_fhir_bundle_of_more_than_1000_entries_is_refused_whole() {
        StringBuilder bundle = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"batch\",\"entry\":[");
        for (int i = 0; i < 1001; i++) {
            bundle.append(i == 0 ? "" : ",")
                    .append("{\"resource\":{\"resourceType\":\"Patient\",\"id\":\"p")
                    .append(i)
                    .append("\"}}");
        }
        bundle.append("]}");
        HubClient.Response response = hub.post("nhs", "/fhir/r4", bundle.toString(), "application/fhir+json");
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body()).contains("at most 1000 entries");
    }

    @Test
    void dead_letters_keep_64_kb_of_a_payload_with_its_size_and_hash_and_are_listed_a_page_at_a_time()
            throws Exception {
        String huge = incident("west-yorkshire-police", TestIdentifiers.messageId())
                .replace(
                        "\"sensitivity\":\"STANDARD\"",
                        "\"sensitivity\":\"NOT-A-LEVEL\",\"padding\":\"" + "z".repeat(300_000) + "\"");
        assertThat(hub.post("police", "/api/v1/events", huge)
                        .json()
                        .at("/results/0/status")
                        .asText())
                .isEqualTo("REJECTED");
        JsonNode letter = hub.deadLetters("police", "canonical-events").stream()
                .filter(l -> l.get("payloadTruncated").asBoolean())
                .findFirst()
                .orElseThrow();
        assertThat(letter.get("payload").asText().getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(64 * 1024);
        assertThat(letter.get("payloadBytes").asLong()).isGreaterThan(300_000);
        assertThat(letter.get("payloadSha256").asText()).hasSize(64);
        assertThat(hub.post("police", "/api/v1/dead-letters/" + letter.get("id").asText() + "/replay", "")
                        .status())
                .isEqualTo(409);

        hub.post("police", "/api/v1/events", incident("a".repeat(70), TestIdentifiers.messageId()));
        JsonNode page = hub.get("manager", "/api/v1/dead-letters?size=1&page=0").json();
        assertThat(page.get("deadLetters")).hasSize(1);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(hub.get("manager", "/api/v1/dead-letters?size=1&page=1")
                        .json()
                        .get("deadLetters")
                        .get(0)
                        .get("id"))
                .isNotEqualTo(page.get("deadLetters").get(0).get("id"));
        assertThat(hub.get("manager", "/api/v1/dead-letters?size=100000").status())
                .isEqualTo(400);
    }

    @Test
    void impossible_dates_are_rejected() {
        String event = incident("west-yorkshire-police", TestIdentifiers.messageId())
                .replace("\"birthDate\":\"2015-03-02\"", "\"birthDate\":\"1066-10-14\"");
        JsonNode result = hub.post("police", "/api/v1/events", event).json().at("/results/0");
        assertThat(result.get("status").asText()).isEqualTo("REJECTED");
        assertThat(result.at("/errors/0/field").asText()).isEqualTo("subjects[1].birthDate");
        String yearOne = incident("west-yorkshire-police", TestIdentifiers.messageId())
                .replace("2026-11-20T22:15:00Z", "0001-01-01T00:00:00Z");
        assertThat(hub.post("police", "/api/v1/events", yearOne)
                        .json()
                        .at("/results/0/errors/0/field")
                        .asText())
                .isEqualTo("occurredAt");
    }

    @Test
    void metrics_are_for_managers_and_the_metrics_role_only() {
        assertThat(hub.get("police", "/actuator/prometheus").status()).isEqualTo(403);
        assertThat(hub.get("lead", "/actuator/info").status()).isEqualTo(403);
        assertThat(hub.get("manager", "/actuator/prometheus").status()).isEqualTo(200);
        assertThat(hub.get("metrics", "/actuator/prometheus").status()).isEqualTo(200);
        assertThat(hub.get("metrics", "/api/v1/dead-letters").status()).isEqualTo(403);
        assertThat(hub.get(null, "/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void state_changing_api_calls_from_another_sites_pages_are_refused() {
        String event = incident("west-yorkshire-police", TestIdentifiers.messageId());
        assertThat(hub.exchange("police", "POST", "/api/v1/events", event, "Origin", "https://evil.example")
                        .statusCode())
                .isEqualTo(403);
        assertThat(hub.exchange("police", "POST", "/api/v1/events", event, "Origin", "http://127.0.0.1:" + port)
                        .statusCode())
                .isEqualTo(200);
        assertThat(hub.exchange("manager", "GET", "/api/v1/dead-letters", null, "Origin", "https://evil.example")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_lead_professional_must_be_a_known_user() {
        String child = TestIdentifiers.nhsNumber();
        hub.post(
                "nhs",
                "/api/v1/events",
                CanonicalEvents.emergencyAttendance(TestIdentifiers.messageId(), "2026-11-01T10:00:00Z", child));
        String familyId = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + child)
                .json()
                .at("/people/0/familyIds/0")
                .asText();
        HubClient.Response unknown = hub.post(
                "manager", "/api/v1/families/" + familyId + "/lead-professional", "{\"user\":\"nobody-we-know\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("not a known user");
        assertThat(hub.post("manager", "/api/v1/families/" + familyId + "/lead-professional", "{\"user\":\"lead\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void
            pages_carry_a_content_security_policy_a_referrer_policy_and_a_lax_session_cookie_and_redirect_without_the_host()
                    throws Exception {
        HttpResponse<String> login = hub.exchange(null, "GET", "/login", null);
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp ->
                        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'"));
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(login.body()).doesNotContain("<script>");
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("SameSite=Lax", "HttpOnly"));

        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream()
                    .write("GET /families HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(10_000);
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(answer)
                    .startsWith("HTTP/1.1 302")
                    .containsIgnoringCase("Location: /login")
                    .doesNotContain("evil.example");
        }
    }

    @Test
    void stored_passwords_are_bcrypt_of_cost_10_or_more() {
        assertThat(users.loadUserByUsername("lead").getPassword())
                .matches("\\{bcrypt}\\$2[aby]?\\$(1[0-9]|[2-3][0-9])\\$.*");
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
