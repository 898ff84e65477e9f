package org.thinkfamily.hub.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinkfamily.hub.support.RunningHub;

/** The event store of the running hub on the embedded default. */
class EmbeddedEventStoreTest extends RunningHub {

    @Autowired
    EventStorageEngine storageEngine;

    @Test
    void the_event_store_is_axons_jdbc_store_without_axon_server() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(getClass()
                        .getClassLoader()
                        .getResource("org/axonframework/axonserver/connector/AxonServerConfiguration.class"))
                .as("axon-server-connector must stay excluded")
                .isNull();
    }
}
