package org.thinkfamily.hub.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thinkfamily.hub.support.AgencyScenarios;
import org.thinkfamily.hub.support.OnPostgres;

/** The event store of the running hub on PostgreSQL: bytea, not large objects, and a global index without gaps. */
@OnPostgres
class PostgresEventStoreTest extends AgencyScenarios {

    @Test
    void every_axon_payload_and_token_column_is_bytea_and_no_large_objects_exist() {
        pushTheScenario();
        List<String> binaryColumns = jdbc.queryForList("""
                select table_name || '.' || column_name || ' ' || data_type from information_schema.columns
                where table_schema = current_schema() and table_name like '%\\_entry'
                  and column_name in ('payload', 'meta_data', 'token', 'serialized_saga', 'diagnostics')
                order by 1""", String.class);
        assertThat(binaryColumns)
                .containsExactly(
                        "dead_letter_entry.diagnostics bytea",
                        "dead_letter_entry.meta_data bytea",
                        "dead_letter_entry.payload bytea",
                        "dead_letter_entry.token bytea",
                        "domain_event_entry.meta_data bytea",
                        "domain_event_entry.payload bytea",
                        "saga_entry.serialized_saga bytea",
                        "snapshot_event_entry.meta_data bytea",
                        "snapshot_event_entry.payload bytea",
                        "token_entry.token bytea");
        assertThat(jdbc.queryForObject("select count(*) from pg_largeobject_metadata", Long.class))
                .isZero();
        // a streaming processor stores its token once it has handled what was pushed
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "select count(*) from token_entry where token is not null", Long.class))
                        .isPositive());
    }

    @Test
    void the_global_index_has_its_own_sequence_incrementing_by_one() {
        assertThat(jdbc.queryForObject(
                        "select increment_by from pg_sequences where sequencename = 'domain_event_entry_seq'",
                        Long.class))
                .isEqualTo(1L);
        long before = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        pushTheScenario();
        List<Long> indexes = jdbc.queryForList(
                "select global_index from domain_event_entry where global_index > ? order by global_index",
                Long.class,
                before);
        assertThat(indexes.get(indexes.size() - 1) - indexes.get(0) + 1)
                .as("no gaps from a single writer")
                .isEqualTo(indexes.size());
    }
}
