package org.thinkfamily.connectors.nhs;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The HL7 v2 MLLP listener, {@code thinkfamily.connectors.hl7.*}. Each open connection holds one of
 * {@code max-connections} threads until the sender hangs up or it has been idle for {@code idle-timeout}, so
 * idle or half-open connections cannot lock the feed out for long.
 *
 * @param enabled         whether the listener runs at all
 * @param port            the TCP port
 * @param bindAddress     the address to listen on: loopback by default; {@code 0.0.0.0} for every interface
 * @param maxConnections  connections served at once; one more is refused (reset) until one ends
 * @param backlog         connections the operating system queues while the listener accepts
 * @param idleTimeout     a connection with no message for this long is closed
 * @param receiveTimeout  how long one wait for the next message lasts; idle connections are checked after each
 * @param readTimeout     a message begun must go on arriving: a gap this long drops it and closes the connection
 * @param maxMessageSize  a message larger than this is dropped and its connection closed (camel-mllp would grow to 1 GB)
 * @param defaultAgency   the agency of a message whose sending facility (MSH-4) is empty
 * @param tls             MLLP over TLS
 */
@ConfigurationProperties("thinkfamily.connectors.hl7")
public record MllpProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("2575") int port,
        @DefaultValue("127.0.0.1") String bindAddress,
        @DefaultValue("50") int maxConnections,
        @DefaultValue("50") int backlog,
        @DefaultValue("60s") Duration idleTimeout,
        @DefaultValue("15s") Duration receiveTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("1MB") DataSize maxMessageSize,
        @DefaultValue("nhs-trust") String defaultAgency,
        @DefaultValue Tls tls) {

    public MllpProperties {
        if (maxConnections < 1 || backlog < 1) {
            throw new IllegalArgumentException(
                    "thinkfamily.connectors.hl7.max-connections and backlog must be at least 1");
        }
        if (idleTimeout.isNegative()
                || idleTimeout.isZero()
                || receiveTimeout.isNegative()
                || receiveTimeout.isZero()
                || readTimeout.isNegative()
                || readTimeout.isZero()) {
            throw new IllegalArgumentException("thinkfamily.connectors.hl7 timeouts must be more than zero");
        }
        if (maxMessageSize.toKilobytes() < 4 || maxMessageSize.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "thinkfamily.connectors.hl7.max-message-size must be between 4KB and 2GB");
        }
    }

    /** The wait for a next message: no longer than the idle timeout, so an idle connection is closed on time. */
    public Duration pollEvery() {
        return receiveTimeout.compareTo(idleTimeout) < 0 ? receiveTimeout : idleTimeout;
    }

    /**
     * MLLP over TLS. The key store holds the listener's key and certificate; the trust store the certificates
     * (or the CA) of the senders it accepts, whose client certificate it requires unless {@code client-auth} says not.
     *
     * @param clientAuth {@code REQUIRE} (default), {@code WANT} or {@code NONE}
     */
    public record Tls(
            @DefaultValue("false") boolean enabled,
            Path keyStore,
            String keyStorePassword,
            @DefaultValue("PKCS12") String keyStoreType,
            String keyPassword,
            Path trustStore,
            String trustStorePassword,
            @DefaultValue("PKCS12") String trustStoreType,
            @DefaultValue("REQUIRE") ClientAuth clientAuth) {

        public Tls {
            if (enabled && keyStore == null) {
                throw new IllegalArgumentException(
                        "thinkfamily.connectors.hl7.tls.key-store is required when TLS is enabled");
            }
            if (enabled && clientAuth != ClientAuth.NONE && trustStore == null) {
                throw new IllegalArgumentException(
                        "thinkfamily.connectors.hl7.tls.trust-store is required to check client certificates");
            }
        }

        /** The key's own password, or the store's when it has none of its own. */
        public String keyPasswordOrStore() {
            return keyPassword != null ? keyPassword : keyStorePassword;
        }

        @Override
        public String toString() { // without the passwords
            return "Tls[enabled=" + enabled + ", keyStore=" + keyStore + ", trustStore=" + trustStore + ", clientAuth="
                    + clientAuth + "]";
        }
    }

    public enum ClientAuth {
        NONE,
        WANT,
        REQUIRE
    }
}
