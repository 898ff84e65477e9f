package org.thinkfamily.hub.e2e;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thinkfamily.hub.support.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The end-to-end scenarios on the embedded default: an H2 file database, no profile, demo accounts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedHubTest extends HubScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        TestDatabases.embedded(registry, "embedded");
    }

    @Autowired
    EventStorageEngine storageEngine;

    @Test
    void the_event_store_is_axons_jpa_store_without_axon_server() {
        assertThat(storageEngine).isInstanceOf(JpaEventStorageEngine.class);
        assertThat(getClass().getClassLoader().getResource("org/axonframework/axonserver/connector/AxonServerConfiguration.class"))
                .as("axon-server-connector must stay excluded").isNull();
    }
}
