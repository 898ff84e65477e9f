package org.thinkfamily.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thinkfamily.hub.support.CanonicalEvents.domesticAbuse;
import static org.thinkfamily.hub.support.CanonicalEvents.emergencyAttendance;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.HubProcess;
import org.thinkfamily.hub.support.TestIdentifiers;

/**
 * Nothing acknowledged is lost: agencies push while the hub is killed with SIGKILL; after a restart on
 * the same database every event answered ACCEPTED is there (a repeat is a DUPLICATE with the same id)
 * and on the family's timeline.
 */
abstract class KillNineScenario {

    @TempDir
    Path workDir;

    abstract List<String> databaseArgs();

    @Test
    void every_event_acknowledged_before_a_kill_9_survives_the_restart() throws Exception {
        int port = HubProcess.freePort();
        String childNhs = TestIdentifiers.nhsNumber();
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // event JSON -> event id
        HubProcess hub = HubProcess.start(port, workDir, databaseArgs());
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService agencies = Executors.newFixedThreadPool(3);
        for (int t = 0; t < 3; t++) {
            agencies.submit(() -> {
                HubClient client = new HubClient(port);
                while (true) {
                    int n = sequence.incrementAndGet();
                    String event = emergencyAttendance(
                            "KILL-" + n + "-" + TestIdentifiers.messageId(),
                            "2026-%02d-%02dT10:00:00Z".formatted(1 + n % 12, 1 + n % 28),
                            childNhs);
                    HubClient.Response response;
                    try {
                        response = client.post("nhs", "/api/v1/events", event);
                    } catch (IllegalStateException killed) {
                        return null;
                    }
                    JsonNode result = response.json().at("/results/0");
                    if ("ACCEPTED".equals(result.path("status").asText())) {
                        acknowledged.put(event, result.get("eventId").asText());
                    }
                }
            });
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 40);
        hub.kill9();
        agencies.shutdown();
        assertThat(agencies.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        List<String> ids = new ArrayList<>(acknowledged.values());

        try (HubProcess restarted = HubProcess.start(port, workDir, databaseArgs())) {
            HubClient client = new HubClient(port);
            for (var entry : acknowledged.entrySet()) {
                JsonNode again = client.post("nhs", "/api/v1/events", entry.getKey())
                        .json()
                        .at("/results/0");
                assertThat(again.get("status").asText()).as(restarted.logTail()).isEqualTo("DUPLICATE");
                assertThat(again.get("eventId").asText()).isEqualTo(entry.getValue());
            }
            String familyId = client.get("manager", "/api/v1/people?identifier=nhs-number%7C" + childNhs)
                    .json()
                    .at("/people/0/familyIds/0")
                    .asText();
            List<String> onTimeline = Collections.synchronizedList(new ArrayList<>());
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                onTimeline.clear();
                client.get("manager", "/api/v1/families/" + familyId + "/timeline")
                        .json()
                        .get("entries")
                        .forEach(e -> onTimeline.add(e.get("eventId").asText()));
                return onTimeline.containsAll(ids);
            });
            assertThat(onTimeline).containsAll(ids);
        }
    }

    /**
     * Arrays of records that each register a mother and a child and start a family, cut by kill -9. A record
     * not acknowledged is afterwards either wholly there (its people exist and a resend is DUPLICATE) or wholly
     * absent (nobody with its identifiers, and a resend is ACCEPTED): never half applied.
     */
    @Test
    void arrays_cut_by_kill_9_leave_no_record_half_applied() throws Exception {
        int port = HubProcess.freePort();
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // record JSON -> event id
        Map<String, String> unanswered = new ConcurrentHashMap<>(); // record JSON -> the child's NHS number
        HubProcess hub = HubProcess.start(port, workDir, databaseArgs());
        ExecutorService agencies = Executors.newFixedThreadPool(2);
        for (int t = 0; t < 2; t++) {
            agencies.submit(() -> {
                HubClient client = new HubClient(port);
                while (true) {
                    Map<String, String> array = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < 25; i++) {
                        String nhs = TestIdentifiers.nhsNumber();
                        array.put(
                                domesticAbuse(
                                        TestIdentifiers.messageId(),
                                        "2026-11-20T22:15:00Z",
                                        TestIdentifiers.niNumber(),
                                        nhs),
                                nhs);
                    }
                    HubClient.Response response;
                    try {
                        response =
                                client.post("police", "/api/v1/events", "[" + String.join(",", array.keySet()) + "]");
                    } catch (IllegalStateException killed) {
                        unanswered.putAll(array);
                        return null;
                    }
                    List<String> records = new ArrayList<>(array.keySet());
                    JsonNode results = response.json().get("results");
                    for (int i = 0; i < records.size(); i++) {
                        assertThat(results.get(i).get("status").asText()).isEqualTo("ACCEPTED");
                        acknowledged.put(
                                records.get(i), results.get(i).get("eventId").asText());
                    }
                }
            });
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> acknowledged.size() >= 100);
        hub.kill9();
        agencies.shutdown();
        assertThat(agencies.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(unanswered)
                .as("arrays were in flight when the hub was killed")
                .isNotEmpty();

        try (HubProcess restarted = HubProcess.start(port, workDir, databaseArgs())) {
            HubClient client = new HubClient(port);
            for (var record : unanswered.entrySet()) {
                int people = client.get("manager", "/api/v1/people?identifier=nhs-number%7C" + record.getValue())
                        .json()
                        .get("people")
                        .size();
                String status = client.post("police", "/api/v1/events", record.getKey())
                        .json()
                        .at("/results/0/status")
                        .asText();
                assertThat(status).as(restarted.logTail()).isEqualTo(people == 0 ? "ACCEPTED" : "DUPLICATE");
            }
            for (var record : acknowledged.entrySet()) {
                JsonNode again = client.post("police", "/api/v1/events", record.getKey())
                        .json()
                        .at("/results/0");
                assertThat(again.get("status").asText()).isEqualTo("DUPLICATE");
                assertThat(again.get("eventId").asText()).isEqualTo(record.getValue());
            }
        }
    }
}
