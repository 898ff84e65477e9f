package org.thinkfamily.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thinkfamily.hub.support.CanonicalEvents.domesticAbuse;
import static org.thinkfamily.hub.support.CanonicalEvents.emergencyAttendance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.thinkfamily.contracts.agencyevent.AgencyEventIds;
import org.thinkfamily.contracts.agencyevent.AgencyEventRecorded;
import org.thinkfamily.hub.support.AgencyScenarios;
import org.thinkfamily.hub.support.TestIdentifiers;

/**
 * An array is one transaction, each record whole or not at all. A record that fails after it has already registered
 * people and started a family (here: a handler in the record's own transaction that fails on purpose, as a bug
 * in a projection would) is rolled back whole and answered alone; the records around it are accepted, in order.
 */
@Import(BatchScenarios.FailingProjection.class)
@TestPropertySource(properties = "thinkfamily.test.hub=batch")
abstract class BatchScenarios extends AgencyScenarios {

    static final String FAILS = "FAILMIDWAY-";

    /** Subscribing, so it runs inside the ingest's transaction, after identity and household have been written. */
    @TestConfiguration
    static class FailingProjection {

        @Bean
        ConfigurerModule failingProjectionIsSubscribing() {
            return configurer -> configurer.eventProcessing(
                    processing -> processing.registerSubscribingEventProcessor("test-failing-projection"));
        }

        @Bean
        Failing failing() {
            return new Failing();
        }
    }

    @ProcessingGroup("test-failing-projection")
    static class Failing {
        @EventHandler
        void on(AgencyEventRecorded event) {
            if (event.source().messageId().startsWith(FAILS)) {
                throw new IllegalStateException("a projection failed on purpose");
            }
        }
    }

    @Test
    void a_record_failing_midway_is_rolled_back_alone_and_the_rest_of_the_array_is_accepted_in_order() {
        String motherNi = TestIdentifiers.niNumber();
        String childNhs = TestIdentifiers.nhsNumber();
        String failingNi = TestIdentifiers.niNumber();
        String failingNhs = TestIdentifiers.nhsNumber();
        String otherNhs = TestIdentifiers.nhsNumber();
        String badNhs = otherNhs.substring(0, 9) + (char) ('0' + (otherNhs.charAt(9) - '0' + 1) % 10);
        String first = domesticAbuse(TestIdentifiers.messageId(), "2026-11-20T22:15:00Z", motherNi, childNhs);
        String failingMessageId = FAILS + TestIdentifiers.messageId();
        String failing = domesticAbuse(failingMessageId, "2026-11-20T23:00:00Z", failingNi, failingNhs);
        String hospital = emergencyAttendance(TestIdentifiers.messageId(), "2026-11-22T09:05:00Z", otherNhs);
        String wrongCheckDigit = emergencyAttendance(TestIdentifiers.messageId(), "2026-11-22T10:00:00Z", badNhs);
        long before = storedEvents();

        JsonNode results = hub.post("police", "/api/v1/events", "[" + first + "," + failing + "]")
                .json()
                .get("results");
        JsonNode nhsResults = hub.post(
                        "nhs", "/api/v1/events", "[" + hospital + "," + wrongCheckDigit + "," + hospital + "]")
                .json()
                .get("results");

        assertThat(results).extracting(r -> r.get("status").asText()).containsExactly("ACCEPTED", "REJECTED");
        assertThat(results.get(1).get("errors").get(0).get("message").asText()).contains("incident");
        assertThat(nhsResults)
                .extracting(r -> r.get("status").asText())
                .containsExactly("ACCEPTED", "REJECTED", "DUPLICATE");
        assertThat(nhsResults.get(1).get("errors").get(0).get("field").asText())
                .isEqualTo("subjects[0].identifiers[0].value");
        assertThat(nhsResults.get(2).get("eventId").asText())
                .isEqualTo(nhsResults.get(0).get("eventId").asText());

        assertThat(peopleWith("nhs-number", childNhs))
                .as("the record before it stands")
                .hasSize(1);
        assertThat(peopleWith("ni-number", motherNi)).hasSize(1);
        assertThat(peopleWith("nhs-number", failingNhs))
                .as("nothing of the failed record stays")
                .isEmpty();
        assertThat(peopleWith("ni-number", failingNi)).isEmpty();
        String failedEventId = AgencyEventIds.of("west-yorkshire-police", failingMessageId);
        assertThat(jdbc.queryForObject(
                        "select count(*) from domain_event_entry where aggregate_identifier = ?",
                        Long.class,
                        failedEventId))
                .isZero();
        assertThat(storedEvents()).isGreaterThan(before);

        JsonNode again =
                hub.post("police", "/api/v1/events", "[" + first + "]").json().get("results");
        assertThat(again.get(0).get("status").asText())
                .as("a duplicate across arrays")
                .isEqualTo("DUPLICATE");
        assertThat(again.get(0).get("eventId").asText())
                .isEqualTo(results.get(0).get("eventId").asText());
    }

    /**
     * The store itself refuses the events of one record when the batch's held events are written at its commit
     * (neither a key taken first nor a connection lost): the batch is applied again with each record's events written
     * as it is made, so the record at fault is found, refused alone, and the others are accepted, in order.
     */
    @Test
    void a_record_the_store_refuses_at_the_commit_is_rejected_alone_and_the_rest_are_accepted_in_order() {
        String refusedNhs = TestIdentifiers.nhsNumber();
        String beforeNhs = TestIdentifiers.nhsNumber();
        String afterNhs = TestIdentifiers.nhsNumber();
        String refusedMessageId = RefusedByTheStore.MARK + TestIdentifiers.messageId();
        String before = emergencyAttendance(TestIdentifiers.messageId(), "2026-11-23T09:05:00Z", beforeNhs);
        String refused = emergencyAttendance(refusedMessageId, "2026-11-23T10:05:00Z", refusedNhs);
        String after = emergencyAttendance(TestIdentifiers.messageId(), "2026-11-23T11:05:00Z", afterNhs);

        RefusedByTheStore.install(jdbc);
        JsonNode results;
        try {
            results = hub.post("nhs", "/api/v1/events", "[" + before + "," + refused + "," + after + "]")
                    .json()
                    .get("results");
        } finally {
            RefusedByTheStore.remove(jdbc);
        }

        assertThat(results)
                .extracting(r -> r.get("status").asText())
                .containsExactly("ACCEPTED", "REJECTED", "ACCEPTED");
        assertThat(results.get(1).get("errors").get(0).get("message").asText()).contains("incident");
        assertThat(peopleWith("nhs-number", beforeNhs)).hasSize(1);
        assertThat(peopleWith("nhs-number", afterNhs)).hasSize(1);
        assertThat(peopleWith("nhs-number", refusedNhs))
                .as("nothing of the refused record")
                .isEmpty();
    }

    /**
     * Agencies push at once about the same families, each array in its own order: a record can wait for a family
     * another array's record holds while that one waits for a row the first array wrote. One side gives up after a
     * moment and its whole array is tried again; every record is accepted once, and every child joins their family.
     */
    @Test
    void arrays_about_the_same_families_pushed_at_once_in_opposite_orders_are_all_accepted() throws Exception {
        List<Family> families = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            families.add(pushTheScenario());
        }
        Map<String, String> familyOfChild = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                List<Callable<JsonNode>> pushes = new ArrayList<>();
                for (int array = 0; array < 4; array++) {
                    List<Family> order = new ArrayList<>(families);
                    Collections.rotate(order, array);
                    if (array % 2 == 1) {
                        Collections.reverse(order);
                    }
                    List<String> records = new ArrayList<>();
                    for (Family family : order) {
                        String childNhs = TestIdentifiers.nhsNumber();
                        familyOfChild.put(childNhs, family.familyId());
                        records.add(domesticAbuse(
                                TestIdentifiers.messageId(),
                                "2026-11-2" + round + "T22:15:00Z",
                                family.motherNi(),
                                childNhs));
                    }
                    String body = "[" + String.join(",", records) + "]";
                    pushes.add(() ->
                            hub.post("police", "/api/v1/events", body).json().get("results"));
                }
                for (Future<JsonNode> pushed : pool.invokeAll(pushes)) {
                    assertThat(pushed.get())
                            .extracting(r -> r.get("status").asText())
                            .containsOnly("ACCEPTED");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        familyOfChild.forEach((childNhs, familyId) -> {
            JsonNode child = peopleWith("nhs-number", childNhs);
            assertThat(child).hasSize(1);
            assertThat(child.get(0).get("familyIds"))
                    .extracting(JsonNode::asText)
                    .containsExactly(familyId);
        });
    }

    private JsonNode peopleWith(String system, String value) {
        return hub.get("manager", "/api/v1/people?identifier=" + system + "%7C" + value)
                .json()
                .get("people");
    }
}
