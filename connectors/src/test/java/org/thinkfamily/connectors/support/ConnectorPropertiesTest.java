package org.thinkfamily.connectors.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The connectors' settings as Spring binds them: the endpoint tuning that was written into the routes, by default. */
class ConnectorPropertiesTest {

    static ConnectorProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("thinkfamily.connectors", ConnectorProperties.class);
    }

    @Test
    void unset_the_file_consumers_the_fhir_door_and_the_queues_keep_their_former_settings() {
        ConnectorProperties defaults = bind(Map.of());
        assertThat(defaults.pollEvery()).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.files().readLockMinAge()).isEqualTo(Duration.ofMillis(500));
        assertThat(defaults.files().readLockCheckInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(defaults.files().initialDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(defaults.files().firstSweepAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.fhir().defaultAgency()).isEqualTo("nhs-trust");
        assertThat(defaults.fhir().safeguardingObservationCodes()).isEmpty();
        assertThat(defaults.rabbitmq().endpoint(defaults.rabbitmq().eventsQueue()))
                .isEqualTo("spring-rabbitmq:thinkfamily"
                        + "?queues=thinkfamily.events&routingKey=thinkfamily.events&autoDeclare=true&exchangeType=direct"
                        + "&acknowledgeMode=AUTO&rejectAndDontRequeue=false&concurrentConsumers=1&prefetchCount=250");
        assertThat(defaults.rabbitmq().policeQueue()).isEqualTo("thinkfamily.police");
        // built directly (a test), the same
        assertThat(new ConnectorProperties(
                        defaults.inbox(),
                        defaults.pollEvery(),
                        defaults.retention(),
                        defaults.sweepEvery(),
                        defaults.staleAfter(),
                        defaults.maxAttempts(),
                        null,
                        null,
                        null,
                        null))
                .isEqualTo(defaults);
    }

    @Test
    void each_setting_is_an_ordinary_property() {
        ConnectorProperties set = bind(Map.of(
                "thinkfamily.connectors.files.read-lock-min-age", "2s",
                "thinkfamily.connectors.fhir.default-agency", "rae",
                "thinkfamily.connectors.fhir.safeguarding-observation-codes", "1234,5678",
                "thinkfamily.connectors.rabbitmq.events-queue", "events-test",
                "thinkfamily.connectors.rabbitmq.concurrent-consumers", "2",
                "thinkfamily.connectors.rabbitmq.prefetch", "20"));
        assertThat(set.files().readLockMinAge()).isEqualTo(Duration.ofSeconds(2));
        assertThat(set.files().initialDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(set.fhir().defaultAgency()).isEqualTo("rae");
        assertThat(set.fhir().safeguardingObservationCodes()).containsExactly("1234", "5678");
        assertThat(set.rabbitmq().eventsQueue()).isEqualTo("events-test");
        assertThat(set.rabbitmq().endpoint("events-test"))
                .contains("queues=events-test", "concurrentConsumers=2", "prefetchCount=20");
    }
}
