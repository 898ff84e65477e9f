package org.thinkfamily.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thinkfamily.hub.support.AgencyScenarios;

/** Who looked at what, over HTTP on the running hub. Run on the embedded database and on PostgreSQL. */
abstract class AuditScenarios extends AgencyScenarios {

    @Test
    void every_read_of_a_family_is_recorded_for_auditors_including_refusals() {
        Family family = pushTheScenario();
        String path = "/api/v1/families/" + family.familyId();
        assertThat(hub.get("lead", path).status()).isEqualTo(403);
        assertThat(hub.get("manager", path + "/timeline").status()).isEqualTo(200);
        assertThat(hub.post("manager", path + "/lead-professional", "{\"user\":\"lead\"}")
                        .status())
                .isEqualTo(200);
        assertThat(hub.get("lead", path).status()).isEqualTo(200);

        JsonNode log = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> hub.get("auditor", "/api/v1/audit/access?familyId=" + family.familyId())
                                .json()
                                .get("entries"),
                        entries -> entries.size() >= 4);
        List<String> reads = new ArrayList<>();
        log.forEach(
                e -> reads.add(e.get("user").asText() + " " + e.get("action").asText()));
        assertThat(reads).containsSubsequence("lead READ_FAMILY_DENIED", "manager READ_TIMELINE", "lead READ_FAMILY");
        assertThat(log.get(0).get("at").asText()).isNotBlank();
        assertThat(log.get(0).get("familyId").asText()).isEqualTo(family.familyId());
    }
}
