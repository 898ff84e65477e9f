package org.thinkfamily.hub.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thinkfamily.hub.support.CanonicalEvents.emergencyAttendance;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinkfamily.hub.projection.ProcessingGroups;
import org.thinkfamily.hub.support.AgencyScenarios;
import org.thinkfamily.hub.support.TestIdentifiers;

/**
 * The family timeline over HTTP on the running hub: as at a moment, restricted records, a rebuild from the store.
 * Run on the embedded database and on PostgreSQL.
 */
abstract class TimelineScenarios extends AgencyScenarios {

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void the_timeline_as_at_a_moment_shows_only_what_was_recorded_by_then() throws InterruptedException {
        String childNhs = TestIdentifiers.nhsNumber();
        accepted("nhs", emergencyAttendance(TestIdentifiers.messageId(), "2026-01-01T10:00:00Z", childNhs));
        String familyId = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + childNhs)
                .json()
                .at("/people/0/familyIds/0")
                .asText();
        awaitTimeline(familyId, 1);
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        // occurred earlier than the first, recorded later: today's timeline has it first, the past's does not
        accepted("nhs", emergencyAttendance(TestIdentifiers.messageId(), "2025-12-01T10:00:00Z", childNhs));
        assertThat(awaitTimeline(familyId, 2)
                        .get("entries")
                        .get(0)
                        .get("occurredAt")
                        .asText())
                .startsWith("2025-12-01");
        JsonNode then = timeline("auditor", familyId, "?asAt=" + between);
        assertThat(then.get("entries")).hasSize(1);
        assertThat(then.get("entries").get(0).get("occurredAt").asText()).startsWith("2026-01-01");
        assertThat(hub.get("auditor", "/api/v1/families/" + familyId + "?asAt=2020-01-01T00:00:00Z")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void the_timeline_is_paged_in_occurred_order_with_the_total() {
        Family family = pushTheScenario();
        awaitTimeline(family.familyId(), 3);
        JsonNode first = timeline("manager", family.familyId(), "?size=2");
        JsonNode second = timeline("manager", family.familyId(), "?size=2&page=1");
        JsonNode beyond = timeline("manager", family.familyId(), "?size=2&page=5");

        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(eventIdsOf(first)).hasSize(2);
        assertThat(second.get("total").asLong()).isEqualTo(3);
        assertThat(List.of(eventIdsOf(first), eventIdsOf(second)).stream().flatMap(List::stream))
                .containsExactlyElementsOf(family.eventIds());
        assertThat(eventIdsOf(beyond)).isEmpty();
        assertThat(beyond.get("total").asLong()).isEqualTo(3);
        assertThat(hub.get("manager", "/api/v1/families/" + family.familyId() + "/timeline?size=501")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void restricted_records_show_their_existence_but_not_their_content_to_users_not_cleared() {
        String nhs = TestIdentifiers.nhsNumber();
        accepted("nhs", emergencyAttendance(TestIdentifiers.messageId(), "2026-11-22T09:05:00Z", nhs, "RESTRICTED"));
        String familyId = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + nhs)
                .json()
                .at("/people/0/familyIds/0")
                .asText();
        assertThat(awaitTimeline(familyId, 1).at("/entries/0/summary").asText()).isNotBlank();
        hub.post("manager", "/api/v1/families/" + familyId + "/lead-professional", "{\"user\":\"lead\"}");
        JsonNode asLead = timeline("lead", familyId, "");
        assertThat(asLead.at("/entries/0/sensitivity").asText()).isEqualTo("RESTRICTED");
        assertThat(asLead.at("/entries/0").has("summary")).isFalse();
    }

    @Test
    void rebuilding_the_timeline_from_the_store_gives_the_same_projection() {
        Family family = pushTheScenario();
        awaitTimeline(family.familyId(), 3);
        awaitCaughtUp();
        Map<String, List<Map<String, Object>>> before = timelineTables();

        PooledStreamingEventProcessor timeline = processing
                .eventProcessor(ProcessingGroups.TIMELINE, PooledStreamingEventProcessor.class)
                .orElseThrow();
        timeline.shutDown();
        timeline.resetTokens();
        assertThat(jdbc.queryForObject("select count(*) from timeline_entry", Long.class))
                .isZero();
        timeline.start();
        awaitCaughtUp();
        assertThat(timelineTables()).isEqualTo(before);
    }

    /** Every segment of the timeline has handled every event stored so far. */
    void awaitCaughtUp() {
        PooledStreamingEventProcessor timeline = processing
                .eventProcessor(ProcessingGroups.TIMELINE, PooledStreamingEventProcessor.class)
                .orElseThrow();
        long head = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !timeline.processingStatus().isEmpty()
                        && timeline.processingStatus().values().stream()
                                .allMatch(s -> !s.isErrorState()
                                        && s.getCurrentPosition().orElse(-1) >= head));
    }

    private Map<String, List<Map<String, Object>>> timelineTables() {
        return Map.of(
                "timeline_entry", jdbc.queryForList("select * from timeline_entry order by event_id"),
                "timeline_entry_person",
                        jdbc.queryForList("select * from timeline_entry_person order by event_id, person_id"),
                "timeline_member",
                        jdbc.queryForList(
                                "select family_id, person_id from timeline_member order by family_id, person_id"));
    }
}
