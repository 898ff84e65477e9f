package org.thinkfamily.hub.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Test
    void the_event_store_is_axons_jdbc_store_without_axon_server() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
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
}
