package org.thinkfamily.connectors.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.deadletter.DeadLetter;
import org.thinkfamily.contracts.published.ingest.IngestPort;
import org.thinkfamily.contracts.published.ingest.IngestResult;
import org.thinkfamily.contracts.published.ingest.IngestStatus;

/** The canonical door when the hub itself fails on a record: refused alone and kept, or (database away) failed whole. */
class CanonicalJsonTest {

    final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    final List<DeadLetter> letters = new ArrayList<>();

    CanonicalJson doorWhoseIngestThrows(RuntimeException failure) {
        IngestPort failing = new IngestPort() {
            @Override
            public IngestResult ingest(CanonicalEvent event, String actor) {
                throw failure;
            }

            @Override
            public List<IngestResult> ingestTogether(List<CanonicalEvent> events, String actor) {
                throw failure;
            }
        };
        return new CanonicalJson(failing, json, letter -> {
            letters.add(letter);
            return "id";
        });
    }

    JsonNode event() throws Exception {
        return json.readTree("""
                {"source":{"agency":"bradford-teaching-hospitals","sector":"HEALTH","messageId":"ed-%s"},
                 "type":"EMERGENCY_ATTENDANCE","occurredAt":"2026-11-01T10:00:00Z","sensitivity":"STANDARD",
                 "subjects":[{"role":"CHILD","identifiers":[{"system":"nhs-number","value":"4010234563"}]}],
                 "summary":"Attended A&E with a wrist injury.",
                 "details":{"site":"Bradford Royal Infirmary","arrivedAt":"2026-11-01T10:00:00Z"}}
                """.formatted(UUID.randomUUID()));
    }

    @Test
    void a_record_the_hub_cannot_store_is_rejected_alone_with_an_incident_and_dead_lettered() throws Exception {
        IngestResult result = doorWhoseIngestThrows(new DataIntegrityViolationException("value too long: Jane Smith"))
                .ingest(event(), "nhs", "POST /api/v1/events");
        assertThat(result.status()).isEqualTo(IngestStatus.REJECTED);
        assertThat(result.errors().get(0).message()).contains("quote incident").doesNotContain("Jane");
        assertThat(letters).hasSize(1);
    }

    @Test
    void the_database_away_fails_the_request_so_the_agency_sends_it_again() {
        CanonicalJson door = doorWhoseIngestThrows(new DataAccessResourceFailureException("connection refused"));
        assertThatThrownBy(() -> door.ingest(event(), "nhs", "POST /api/v1/events"))
                .isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(letters).isEmpty();
    }
}
