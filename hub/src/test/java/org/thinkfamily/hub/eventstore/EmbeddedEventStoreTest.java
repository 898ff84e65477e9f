package org.thinkfamily.hub.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.thinkfamily.hub.support.RunningHub;

/** The event store of the running hub on the embedded default. */
class EmbeddedEventStoreTest extends RunningHub {

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    EventStoreProperties properties;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_event_store_is_axons_jdbc_store_without_axon_server() {
        assertThat(storageEngine).isInstanceOf(AppendsHeldWhereAsked.class);
        assertThat(((AppendsHeldWhereAsked) storageEngine).stored()).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(getClass()
                        .getClassLoader()
                        .getResource("org/axonframework/axonserver/connector/AxonServerConfiguration.class"))
                .as("axon-server-connector must stay excluded")
                .isNull();
    }

    /** A stream is read a range of sequence numbers at a time, and a range not full is its end: none is cut short. */
    @Test
    void a_stream_longer_than_a_read_is_read_whole_at_every_length_around_the_read() {
        int read = properties.readBatchSize();
        for (int length : List.of(read - 1, read, read + 1, 2 * read + 3)) {
            String stream = "stream-read-whole-" + length;
            List<DomainEventMessage<?>> events = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                events.add(new GenericDomainEventMessage<>("ReadWholeTest", stream, i, "event " + i));
            }
            transactions.executeWithoutResult(status -> storageEngine.appendEvents(events));

            assertThat(storageEngine.readEvents(stream).asStream().map(DomainEventMessage::getSequenceNumber))
                    .as("a stream of %d events", length)
                    .containsExactlyElementsOf(events.stream()
                            .map(DomainEventMessage::getSequenceNumber)
                            .toList());
        }
    }

    @Test
    void events_held_until_the_commit_are_read_back_inside_the_transaction_and_written_together_at_its_end() {
        String stream = "held-" + System.nanoTime();
        transactions.executeWithoutResult(status -> {
            EventAppends.heldUntilCommit();
            storageEngine.appendEvents(event(stream, 0));
            storageEngine.appendEvents(event(stream, 1), event(stream, 2));

            assertThat(rowsOf(stream)).as("nothing written before the commit").isZero();
            assertThat(sequenceNumbers(stream)).containsExactly(0L, 1L, 2L);
            assertThat(storageEngine.readEvents(stream, 2).asStream().map(DomainEventMessage::getSequenceNumber))
                    .containsExactly(2L);
            assertThat(storageEngine.lastSequenceNumberFor(stream)).contains(2L);
        });

        assertThat(rowsOf(stream)).isEqualTo(3);
        assertThat(sequenceNumbers(stream)).containsExactly(0L, 1L, 2L);
        List<Long> places = jdbc.queryForList(
                "select global_index from domain_event_entry where aggregate_identifier = ? order by global_index",
                Long.class,
                stream);
        assertThat(places.get(2) - places.get(0)).as("places taken together").isEqualTo(2);
    }

    @Test
    void held_events_go_with_a_rollback_and_a_collision_at_the_commit_fails_it_leaving_nothing() {
        String stream = "held-" + System.nanoTime();
        String other = stream + "-other";
        transactions.executeWithoutResult(status -> {
            EventAppends.heldUntilCommit();
            storageEngine.appendEvents(event(stream, 0));
            status.setRollbackOnly();
        });
        assertThat(rowsOf(stream)).isZero();

        transactions.executeWithoutResult(status -> storageEngine.appendEvents(event(stream, 0)));
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    EventAppends.heldUntilCommit();
                    storageEngine.appendEvents(event(other, 0));
                    storageEngine.appendEvents(event(stream, 0)); // another transaction's already
                }))
                .as("a key taken first, as the ingest tells a collision")
                .hasRootCauseInstanceOf(java.sql.SQLException.class)
                .rootCause()
                .satisfies(cause -> assertThat(((java.sql.SQLException) cause).getSQLState())
                        .startsWith("23"));
        assertThat(rowsOf(stream)).isEqualTo(1);
        assertThat(rowsOf(other)).isZero();
    }

    @Test
    void without_asking_a_transaction_writes_each_append_at_once() {
        String stream = "at-once-" + System.nanoTime();
        transactions.executeWithoutResult(status -> {
            storageEngine.appendEvents(event(stream, 0));
            assertThat(rowsOf(stream)).isEqualTo(1);
        });
        assertThatThrownBy(EventAppends::heldUntilCommit).isInstanceOf(IllegalStateException.class);
    }

    private static DomainEventMessage<?> event(String stream, long sequenceNumber) {
        return new GenericDomainEventMessage<>("HeldTest", stream, sequenceNumber, "event " + sequenceNumber);
    }

    private int rowsOf(String stream) {
        Integer rows = jdbc.queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ?", Integer.class, stream);
        return rows == null ? 0 : rows;
    }

    private List<Long> sequenceNumbers(String stream) {
        return storageEngine
                .readEvents(stream)
                .asStream()
                .map(DomainEventMessage::getSequenceNumber)
                .toList();
    }
}
