package org.thinkfamily.hub.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinkfamily.hub.audit.AccessRecorder;
import org.thinkfamily.hub.support.AgencyScenarios;

/**
 * A projection that cannot handle an event parks it and carries on, on the running hub. Run on the embedded
 * database and on PostgreSQL.
 */
abstract class ProjectionFailureScenarios extends AgencyScenarios {

    @Autowired
    AccessRecorder accessRecorder;

    /** On PostgreSQL too: the failed insert is rolled back to its savepoint, so the rest of the batch commits. */
    @Test
    void an_event_a_projection_cannot_handle_is_parked_and_the_projection_carries_on() {
        Family family = pushTheScenario();
        accessRecorder.record(
                "u".repeat(300),
                family.familyId(),
                "READ_FAMILY",
                "a user name longer than the log holds",
                org.thinkfamily.contracts.audit.AccessRelationship.MANAGER,
                "tool");
        assertThat(hub.exchange(
                                "manager",
                                "GET",
                                "/api/v1/families/" + family.familyId(),
                                null,
                                "X-Access-Purpose",
                                "read after the poison")
                        .statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(hub.get("auditor", "/api/v1/audit/access?familyId=" + family.familyId())
                                .json()
                                .get("entries"))
                        .anySatisfy(e -> assertThat(e.get("purpose").asText()).isEqualTo("read after the poison")));
        assertThat(hub.get("manager", "/api/v1/projection-failures").json().get("failures"))
                .anySatisfy(f -> assertThat(f.get("projection").asText()).isEqualTo("access-log"));
    }
}
