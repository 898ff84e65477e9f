package org.thinkfamily.connectors.nhs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The MLLP listener's settings as Spring binds them: safe when nothing is set, refused when TLS is half set. */
class MllpPropertiesTest {

    static MllpProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("thinkfamily.connectors.hl7", MllpProperties.class);
    }

    @Test
    void the_defaults_listen_on_loopback_for_50_connections_and_close_idle_ones_after_a_minute() {
        MllpProperties defaults = bind(Map.of());
        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.port()).isEqualTo(2575);
        assertThat(defaults.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(defaults.maxConnections()).isGreaterThanOrEqualTo(50);
        assertThat(defaults.idleTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.pollEvery()).isEqualTo(Duration.ofSeconds(15));
        assertThat(defaults.maxMessageSize().toMegabytes()).isEqualTo(1);
        assertThat(defaults.tls().enabled()).isFalse();
        assertThat(defaults.tls().clientAuth()).isEqualTo(MllpProperties.ClientAuth.REQUIRE);
    }

    @Test
    void a_short_idle_timeout_is_checked_as_often_as_it_is_long() {
        assertThat(bind(Map.of("thinkfamily.connectors.hl7.idle-timeout", "3s")).pollEvery())
                .isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void tls_without_a_key_store_or_a_trust_store_for_client_certificates_is_refused_at_start() {
        assertThatThrownBy(() -> bind(Map.of("thinkfamily.connectors.hl7.tls.enabled", "true")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("tls.key-store");
        assertThatThrownBy(() -> bind(Map.of(
                        "thinkfamily.connectors.hl7.tls.enabled",
                        "true",
                        "thinkfamily.connectors.hl7.tls.key-store",
                        "/etc/hub/mllp.p12")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("tls.trust-store");
    }

    @Test
    void passwords_stay_out_of_the_settings_text() {
        MllpProperties tls = bind(Map.of(
                "thinkfamily.connectors.hl7.tls.enabled",
                "true",
                "thinkfamily.connectors.hl7.tls.key-store",
                "/etc/hub/mllp.p12",
                "thinkfamily.connectors.hl7.tls.key-store-password",
                "s3cret-k",
                "thinkfamily.connectors.hl7.tls.trust-store",
                "/etc/hub/senders.p12",
                "thinkfamily.connectors.hl7.tls.trust-store-password",
                "s3cret-t"));
        assertThat(tls.toString()).doesNotContain("s3cret");
        assertThat(tls.tls().keyPasswordOrStore()).isEqualTo("s3cret-k");
    }
}
