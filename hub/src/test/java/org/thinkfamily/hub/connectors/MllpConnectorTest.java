package org.thinkfamily.hub.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thinkfamily.hub.support.HubProcess;
import org.thinkfamily.hub.support.MllpClient;

/** HL7 v2 ADT over a real MLLP socket: every message answered, good ones on the timeline, bad ones dead-lettered. */
class MllpConnectorTest extends ConnectorSuite {

    static final Path SAMPLES = ConnectorSuite.SAMPLES.resolve("hl7");
    static final int MLLP_PORT = HubProcess.freePort();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        listenOnMllp(registry, MLLP_PORT);
        // short, so the tests see idle and half-sent connections closed; the bind address is left at its default
        registry.add("thinkfamily.connectors.hl7.idle-timeout", () -> "3s");
        registry.add("thinkfamily.connectors.hl7.read-timeout", () -> "1s");
        registry.add("thinkfamily.connectors.hl7.max-message-size", () -> "64KB");
    }

    static String sample(String name) throws IOException {
        return Files.readString(SAMPLES.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void adt_messages_of_versions_2_3_to_2_5_land_on_the_patients_timeline_and_are_acknowledged() throws IOException {
        assertThat(MllpClient.ackCode(MllpClient.send(MLLP_PORT, sample("a04-emergency-v24.hl7"))))
                .isEqualTo("AA");
        assertThat(MllpClient.ackCode(MllpClient.send(MLLP_PORT, sample("a01-admission-v23-lf.hl7"))))
                .isEqualTo("AA");
        assertThat(MllpClient.ackCode(MllpClient.send(MLLP_PORT, sample("a03-discharge-v25.hl7"))))
                .isEqualTo("AA");
        JsonNode jane = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C9434765870")
                .json()
                .at("/people/0");
        assertThat(jane.get("identifiers"))
                .extracting(i -> i.get("system").asText())
                .contains("nhs-number", "local:rae");
        String familyId = jane.get("familyIds").get(0).asText();
        List<String> types = new ArrayList<>();
        JsonNode entries = patiently()
                .until(
                        () -> hub.get("manager", "/api/v1/families/" + familyId + "/timeline")
                                .json()
                                .get("entries"),
                        e -> {
                            types.clear();
                            e.forEach(entry -> types.add(entry.get("type").asText()));
                            return types.containsAll(
                                    List.of("EMERGENCY_ATTENDANCE", "HOSPITAL_ADMISSION", "HOSPITAL_DISCHARGE"));
                        });
        assertThat(types).containsSubsequence("EMERGENCY_ATTENDANCE", "HOSPITAL_ADMISSION", "HOSPITAL_DISCHARGE");
        JsonNode attendance = entries.get(types.indexOf("EMERGENCY_ATTENDANCE"));
        assertThat(attendance.get("source").get("agency").asText()).isEqualTo("rae");
        assertThat(attendance.get("occurredAt").asText()).isEqualTo("2026-11-22T09:05:00Z");

        // the same message again: acknowledged, nothing changes
        assertThat(MllpClient.ackCode(MllpClient.send(MLLP_PORT, sample("a04-emergency-v24.hl7"))))
                .isEqualTo("AA");
        assertThat(hub.get("manager", "/api/v1/families/" + familyId + "/timeline")
                        .json()
                        .get("entries"))
                .hasSize(entries.size());
    }

    @Test
    void a_wrong_nhs_check_digit_is_answered_ae_with_an_err_segment_and_dead_lettered() throws IOException {
        String ack = MllpClient.send(MLLP_PORT, sample("a04-wrong-nhs-check-digit.hl7"));
        assertThat(MllpClient.ackCode(ack)).isEqualTo("AE");
        assertThat(ack).contains("ERR|").contains("check digit").doesNotContain("9434765871");
        assertThat(hub.deadLetters("nhs", "hl7-v2")).anySatisfy(l -> {
            assertThat(l.get("location").asText()).endsWith("message A04-0002");
            assertThat(l.get("reason").asText()).contains("PID-3(1)");
            assertThat(l.get("payload").asText()).startsWith("MSH|");
        });
    }

    @Test
    void a_truncated_message_still_gets_an_answer_and_an_unsupported_type_is_rejected() throws IOException {
        String ack = MllpClient.send(MLLP_PORT, sample("truncated.hl7"));
        assertThat(MllpClient.ackCode(ack)).isEqualTo("AR");
        assertThat(MllpClient.ackCode(MllpClient.send(MLLP_PORT, sample("oru-not-taken.hl7"))))
                .isEqualTo("AR");
        assertThat(hub.deadLetters("nhs", "hl7-v2"))
                .extracting(l -> l.get("reason").asText())
                .anySatisfy(r -> assertThat(r).startsWith("the message cannot be read as HL7 v2"))
                .anySatisfy(r -> assertThat(r).contains("is not taken"));
    }

    @Test
    void a_missing_birth_date_is_no_error_when_a_strong_identifier_is_there() throws IOException {
        assertThat(MllpClient.ackCode(MllpClient.send(MLLP_PORT, sample("a04-no-birth-date.hl7"))))
                .isEqualTo("AA");
        assertThat(hub.get("manager", "/api/v1/people?identifier=nhs-number%7C4010232137")
                        .json()
                        .get("people"))
                .hasSize(1);
    }

    @Test
    void a_merge_request_links_nothing_silently() throws IOException {
        assertThat(MllpClient.ackCode(MllpClient.send(MLLP_PORT, sample("a08-update.hl7"))))
                .isEqualTo("AA");
        assertThat(MllpClient.ackCode(MllpClient.send(MLLP_PORT, sample("a40-merge.hl7"))))
                .isEqualTo("AA");
        JsonNode prior = hub.get("manager", "/api/v1/people?identifier=local%3Arae%7CRAE7654321")
                .json()
                .get("people");
        JsonNode jane = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C9434765870")
                .json()
                .get("people");
        assertThat(prior).hasSize(1);
        assertThat(prior.get(0).get("personId").asText())
                .isNotEqualTo(jane.get(0).get("personId").asText());
    }

    @Test
    void ten_idle_connections_do_not_keep_a_real_message_waiting() throws Exception {
        MllpClient.send(MLLP_PORT, sample("a04-no-birth-date.hl7")); // warm: the first message of a new hub is slower
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                idle.add(new Socket("127.0.0.1", MLLP_PORT));
            }
            Thread.sleep(1_000); // past the listener's first look at each: each now holds a connection of its own
            String ack = assertTimeoutPreemptively(
                    Duration.ofSeconds(5), () -> MllpClient.send(MLLP_PORT, sample("a04-emergency-v24.hl7")));
            assertThat(MllpClient.ackCode(ack)).isEqualTo("AA");
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
    }

    @Test
    void an_idle_connection_is_closed_after_the_idle_timeout() throws IOException {
        try (Socket idle = new Socket("127.0.0.1", MLLP_PORT)) {
            long start = System.nanoTime();
            assertThat(MllpClient.closedByHub(idle, Duration.ofSeconds(15)))
                    .as("closed by the hub")
                    .isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(2_500));
        }
        // a connection that sends in time is not idle
        assertThat(MllpClient.ackCode(MllpClient.send(MLLP_PORT, sample("a04-no-birth-date.hl7"))))
                .isEqualTo("AA");
    }

    @Test
    void the_listener_binds_loopback_by_default() throws IOException {
        Optional<InetAddress> outside = NetworkInterface.networkInterfaces()
                .filter(i -> {
                    try {
                        return i.isUp() && !i.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address)
                .findFirst();
        assumeTrue(outside.isPresent(), "this host has a network address other than loopback");
        assertThatThrownBy(() -> new Socket(outside.get(), MLLP_PORT).close()).isInstanceOf(ConnectException.class);
        new Socket("127.0.0.1", MLLP_PORT).close();
    }

    @Test
    void a_message_larger_than_the_limit_is_cut_off_while_it_is_sent() throws Exception {
        byte[] huge = new byte[4 * 1024 * 1024]; // the limit here is 64KB
        Arrays.fill(huge, (byte) 'A');
        for (int waited : new int[] {0, 1_500}) { // sent at once, and once the connection has waited for a message
            try (Socket socket = new Socket("127.0.0.1", MLLP_PORT)) {
                Thread.sleep(waited);
                OutputStream out = socket.getOutputStream();
                assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
                            out.write(0x0B);
                            out.write(huge);
                            out.flush();
                        }))
                        .as("cut off after waiting %d ms", waited)
                        .isInstanceOf(IOException.class);
            }
        }
        assertThat(MllpClient.ackCode(MllpClient.send(MLLP_PORT, sample("a04-emergency-v24.hl7"))))
                .isEqualTo("AA");
    }

    static final String CANARY_NHS = "9990001112";
    static final String CANARY_FAMILY = "Zebedeecanary";
    static final String CANARY_GIVEN = "Florencecanary";
    static final String CANARY_BIRTH = "19020304";
    static final String CANARY_STREET = "Canarywharf Row";

    static String canaryMessage(String controlId) {
        return "MSH|^~\\&|PAS|RAE|THINKFAMILY|HUB|20261122090500||ADT^A04|" + controlId + "|P|2.4\r"
                + "EVN|A04|20261122090500\r"
                + "PID|1||" + CANARY_NHS + "^^^NHS^NH||" + CANARY_FAMILY + "^" + CANARY_GIVEN + "||" + CANARY_BIRTH
                + "|F|||7 " + CANARY_STREET + "^^Bradford^^BD1 1AA\r"
                + "PV1|1|E\r";
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void badly_framed_messages_never_put_the_patients_details_in_the_log(CapturedOutput output) throws Exception {
        byte[] message = canaryMessage("CANARY-1").getBytes(StandardCharsets.UTF_8);
        // no end block: the hub gives up after the read timeout and closes the connection
        try (Socket socket = new Socket("127.0.0.1", MLLP_PORT)) {
            OutputStream out = socket.getOutputStream();
            out.write(0x0B);
            out.write(message);
            out.flush();
            assertThat(MllpClient.closedByHub(socket, Duration.ofSeconds(15))).isTrue();
        }
        // no start block: not MLLP, closed
        try (Socket socket = new Socket("127.0.0.1", MLLP_PORT)) {
            OutputStream out = socket.getOutputStream();
            out.write(message);
            out.write(new byte[] {0x1C, 0x0D});
            out.flush();
            assertThat(MllpClient.closedByHub(socket, Duration.ofSeconds(15))).isTrue();
        }
        // garbage, then a framed message: the garbage is skipped, the message answered
        try (Socket socket = new Socket("127.0.0.1", MLLP_PORT)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("garbage " + CANARY_FAMILY + " " + CANARY_NHS + "\r").getBytes(StandardCharsets.UTF_8));
            out.write(MllpClient.frame(canaryMessage("CANARY-2")));
            out.flush();
            assertThat(MllpClient.ackCode(MllpClient.readAnswer(socket.getInputStream())))
                    .isIn("AA", "AE", "AR");
        }
        // a good message, then half of one on the same connection, then the sender hangs up
        try (Socket socket = new Socket("127.0.0.1", MLLP_PORT)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(MllpClient.frame(sample("a04-no-birth-date.hl7")));
            out.flush();
            assertThat(MllpClient.ackCode(MllpClient.readAnswer(socket.getInputStream())))
                    .isEqualTo("AA");
            out.write(0x0B);
            out.write(message);
            out.flush();
            Thread.sleep(300);
            socket.shutdownOutput();
            assertThat(MllpClient.closedByHub(socket, Duration.ofSeconds(15))).isTrue();
        }
        assertThat(MllpClient.ackCode(MllpClient.send(MLLP_PORT, sample("a04-emergency-v24.hl7"))))
                .isEqualTo("AA");

        assertThat(output.getAll())
                .doesNotContain(
                        CANARY_NHS,
                        CANARY_FAMILY,
                        CANARY_GIVEN,
                        CANARY_BIRTH,
                        CANARY_STREET,
                        CANARY_FAMILY.toUpperCase(),
                        "Canary");
        // what was dropped is logged, by connection and size
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(output.getAll())
                        .contains("MLLP connection ended with an unfinished message")
                        .contains("withheld"));
        assertThat(output.getAll())
                .doesNotContain(CANARY_NHS, CANARY_FAMILY, CANARY_GIVEN, CANARY_BIRTH, CANARY_STREET);
    }
}
