package org.thinkfamily.hub.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thinkfamily.hub.support.CanonicalEvents.domesticAbuse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thinkfamily.hub.support.AgencyScenarios;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.OnPostgres;
import org.thinkfamily.hub.support.TestIdentifiers;

/**
 * A family's stream grows with managers' decisions, not with the records that name its household again; once it is
 * long, the family is loaded from a snapshot: the snapshot
 * holds no personal data, and the family loaded from it decides as the whole stream would (a membership a manager
 * ended stays ended when the household is named again).
 */
@OnPostgres
class FamilySnapshotTest extends AgencyScenarios {

    @Test
    void a_long_family_stream_is_snapshotted_and_the_family_decides_the_same_from_the_snapshot() {
        Family family = pushTheScenario();
        long before = eventsOf(family.familyId());
        List<String> incidents = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            incidents.add(domesticAbuse(
                    TestIdentifiers.messageId(), "2026-11-20T22:15:00Z", family.motherNi(), family.childNhs()));
        }
        HubClient.Response pushed = hub.post("police", "/api/v1/events", "[" + String.join(",", incidents) + "]");
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(200);
        assertThat(pushed.body()).doesNotContain("REJECTED");
        assertThat(eventsOf(family.familyId()))
                .as("records naming the household again support it on the record, not in the family's stream")
                .isEqualTo(before);

        // a manager's decisions do grow it: the lead professional handed back and forth
        String path = "/api/v1/families/" + family.familyId() + "/lead-professional";
        for (int i = 0; eventsOf(family.familyId()) <= FamilySnapshots.EVENTS_BETWEEN_SNAPSHOTS + 1; i++) {
            HubClient.Response assigned =
                    hub.post("manager", path, "{\"user\":\"" + (i % 2 == 0 ? "lead" : "manager") + "\"}");
            assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        }

        byte[] snapshot = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> jdbc.query(
                                "select payload from snapshot_event_entry where aggregate_identifier = ?",
                                rs -> rs.next() ? rs.getBytes(1) : null,
                                family.familyId()),
                        java.util.Objects::nonNull);
        String stored = new String(snapshot, StandardCharsets.UTF_8);
        assertThat(stored)
                .contains(family.familyId())
                .doesNotContain("Mary", "Smith", family.motherNi(), family.childNhs());

        // decided from the snapshot: the child leaves, and the household named again does not put them back
        HubClient.Response ended =
                hub.delete("manager", "/api/v1/families/" + family.familyId() + "/members/" + family.childId());
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        accepted(
                "police",
                domesticAbuse(
                        TestIdentifiers.messageId(), "2026-11-23T22:15:00Z", family.motherNi(), family.childNhs()));
        assertThat(hub.get("manager", "/api/v1/families/" + family.familyId())
                        .json()
                        .get("members"))
                .extracting(m -> m.get("personId").asText())
                .doesNotContain(family.childId())
                .hasSize(1);
    }

    private long eventsOf(String familyId) {
        return jdbc.queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, familyId);
    }
}
