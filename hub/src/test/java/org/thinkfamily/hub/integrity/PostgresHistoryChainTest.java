package org.thinkfamily.hub.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.thinkfamily.hub.integrity.HistoryVerification.Kind;
import org.thinkfamily.hub.support.AgencyScenarios;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.OnPostgres;

/**
 * Tamper evidence on real PostgreSQL: the store a hub wrote, chained, then altered the ways someone with the
 * database's password could (a byte of a payload, a row deleted, one inserted, two swapped); each is caught and
 * named at its global index, and once undone the history verifies again. The keeper is driven by hand here.
 */
@OnPostgres
@TestPropertySource(properties = {"thinkfamily.test.hub=history-chain", "thinkfamily.integrity.extend-every=1h"})
class PostgresHistoryChainTest extends AgencyScenarios {

    @Autowired
    HistoryChain chain;

    @Autowired
    HistoryVerification verification;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void aHistoryChained() {
        if (storedEvents() < 20) {
            for (int i = 0; i < 4; i++) {
                pushTheScenario();
            }
        }
        chainEverything();
        assertThat(verify().intact()).as("%s", verify().differences()).isTrue();
    }

    @Test
    void an_untouched_history_verifies_and_its_head_is_served_to_auditors() {
        HistoryVerification.Result result = verify();
        assertThat(result.eventsChecked()).isEqualTo(storedEvents());
        assertThat(result.notYetChained()).isZero();

        HubClient.Response head = hub.get("auditor", "/api/v1/audit/integrity");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.json().get("link").asText()).isEqualTo(result.headLink());
        assertThat(head.json().get("eventsChained").asLong()).isEqualTo(storedEvents());
        assertThat(hub.get("lead", "/api/v1/audit/integrity").status()).isEqualTo(403);
        // the anchor an auditor recorded holds; a made-up one does not
        assertThat(verification.verify(List.of(result.headLink()), i -> {}).intact())
                .isTrue();
        assertThat(verification
                        .verify(List.of("00".repeat(32)), i -> {})
                        .first()
                        .kind())
                .isEqualTo(Kind.ANCHOR_NOT_FOUND);
    }

    @Test
    void a_byte_changed_in_a_payload_is_named_at_its_index() {
        long index = someChainedIndex(3);
        byte[] payload = jdbc.queryForObject(
                "select payload from domain_event_entry where global_index = ?", byte[].class, index);
        byte[] altered = payload.clone();
        altered[altered.length / 2] ^= 0x01;
        jdbc.update("update domain_event_entry set payload = ? where global_index = ?", altered, index);

        assertFirstDifference(index, Kind.CHANGED);

        jdbc.update("update domain_event_entry set payload = ? where global_index = ?", payload, index);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void a_row_deleted_is_named_missing() {
        long index = someChainedIndex(5);
        Map<String, Object> row = jdbc.queryForMap("select * from domain_event_entry where global_index = ?", index);
        jdbc.update("delete from domain_event_entry where global_index = ?", index);

        assertFirstDifference(index, Kind.MISSING);

        reinsert(row);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void a_row_inserted_below_the_horizon_is_named_inserted() {
        // an index the sequence gave out and nothing used (a rolled-back transaction), forgotten after the gap window
        long unused = jdbc.queryForObject("select nextval('domain_event_entry_seq')", Long.class);
        pushTheScenario();
        chainEverything();
        assertThat(jdbc.queryForObject(
                        "select count(*) from history_chain_gap where global_index = ?", Long.class, unused))
                .isOne();
        jdbc.update("update history_chain_gap set first_seen = first_seen - interval '1 day'");
        chain.extend();
        assertThat(jdbc.queryForObject("select count(*) from history_chain_gap", Long.class))
                .isZero();
        jdbc.update(
                "insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,"
                        + " type, time_stamp, payload_type, payload_revision, payload, meta_data)"
                        + " select ?, 'forged-' || event_identifier, aggregate_identifier, sequence_number + 1000, type,"
                        + " time_stamp, payload_type, payload_revision, payload, meta_data"
                        + " from domain_event_entry where global_index = ?",
                unused,
                someChainedIndex(2));

        assertFirstDifference(unused, Kind.INSERTED);

        jdbc.update("delete from domain_event_entry where global_index = ?", unused);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void two_rows_swapped_are_named_reordered_at_the_lower_index() {
        long first = someChainedIndex(4);
        long second = someChainedIndex(7);
        swap(first, second);

        HistoryVerification.Result result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.differences())
                .extracting(HistoryVerification.Difference::globalIndex, HistoryVerification.Difference::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first, Kind.REORDERED),
                        org.assertj.core.groups.Tuple.tuple(second, Kind.REORDERED));

        swap(first, second);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void an_event_committed_after_later_ones_is_chained_when_it_arrives() throws Exception {
        try (Connection late = dataSource.getConnection()) {
            late.setAutoCommit(false);
            long heldIndex;
            try (Statement statement = late.createStatement()) {
                // a transaction that takes its index now and commits after others have stored theirs
                var rs = statement.executeQuery("select nextval('domain_event_entry_seq')");
                rs.next();
                heldIndex = rs.getLong(1);
            }
            pushTheScenario();
            chainEverything();
            assertThat(verify().intact()).isTrue();
            try (var insert = late.prepareStatement(
                    "insert into domain_event_entry (global_index, event_identifier, aggregate_identifier,"
                            + " sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)"
                            + " select ?, 'late-' || event_identifier, 'late-' || aggregate_identifier, sequence_number,"
                            + " type, time_stamp, payload_type, payload_revision, payload, meta_data"
                            + " from domain_event_entry where global_index = ?")) {
                insert.setLong(1, heldIndex);
                insert.setLong(2, someChainedIndex(1));
                insert.executeUpdate();
            }
            late.commit();
            assertThat(verify().notYetChained()).isOne();
            assertThat(verify().intact()).isTrue();

            chainEverything();
            HistoryVerification.Result result = verify();
            assertThat(result.intact()).isTrue();
            assertThat(result.notYetChained()).isZero();
            assertThat(result.eventsChecked()).isEqualTo(storedEvents());
        }
    }

    @Test
    void a_segment_of_the_chain_rewritten_breaks_the_chain() {
        long position = jdbc.queryForObject("select min(position) from history_chain", Long.class);
        byte[] link = jdbc.queryForObject("select link from history_chain where position = ?", byte[].class, position);
        byte[] forged = link.clone();
        forged[0] ^= 0x01;
        jdbc.update("update history_chain set link = ? where position = ?", forged, position);

        assertThat(verify().first().kind()).isEqualTo(Kind.CHAIN_BROKEN);

        jdbc.update("update history_chain set link = ? where position = ?", link, position);
        assertThat(verify().intact()).isTrue();
    }

    private void assertFirstDifference(long index, Kind kind) {
        HistoryVerification.Result result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.first().globalIndex()).isEqualTo(index);
        assertThat(result.first().kind()).isEqualTo(kind);
        assertThat(result.differenceCount()).isOne();
    }

    private HistoryVerification.Result verify() {
        return verification.verify(List.of(), index -> {});
    }

    private void chainEverything() {
        while (chain.extend() > 0) {
            // until nothing is left to chain
        }
    }

    private long someChainedIndex(int nth) {
        return jdbc.queryForObject(
                "select global_index from domain_event_entry order by global_index offset ? limit 1", Long.class, nth);
    }

    private void swap(long first, long second) {
        jdbc.update("update domain_event_entry set global_index = -1 where global_index = ?", first);
        jdbc.update("update domain_event_entry set global_index = ? where global_index = ?", first, second);
        jdbc.update("update domain_event_entry set global_index = ? where global_index = -1", second);
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.update(
                "insert into domain_event_entry (" + String.join(", ", row.keySet()) + ") values ("
                        + String.join(", ", java.util.Collections.nCopies(row.size(), "?")) + ")",
                row.values().toArray());
    }
}
