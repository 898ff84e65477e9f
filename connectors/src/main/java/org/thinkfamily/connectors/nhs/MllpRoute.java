package org.thinkfamily.connectors.nhs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mllp.MllpComponent;
import org.apache.camel.component.mllp.MllpConfiguration;
import org.apache.camel.component.mllp.MllpConstants;
import org.apache.camel.component.mllp.MllpEndpoint;
import org.apache.camel.component.mllp.MllpException;
import org.apache.camel.support.jsse.ClientAuthentication;
import org.apache.camel.support.jsse.KeyManagersParameters;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.SSLContextServerParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * HL7 v2 over MLLP: a listener on port 2575 (configurable, {@link MllpProperties}) that answers every message
 * with an ACK. Idle connections are closed after the idle timeout; optionally over TLS with client certificates.
 */
@Component
@ConditionalOnProperty(name = "thinkfamily.connectors.hl7.enabled", havingValue = "true", matchIfMissing = true)
class MllpRoute extends RouteBuilder {

    private static final Logger log = LoggerFactory.getLogger(MllpRoute.class);

    private final Hl7Messages messages;
    private final MllpProperties properties;

    MllpRoute(Hl7Messages messages, MllpProperties properties) {
        this.messages = messages;
        this.properties = properties;
        MllpLogGuard.install(); // before the listener can log a byte
    }

    @Override
    public void configure() {
        MllpComponent component = getCamelContext().getComponent("mllp", MllpComponent.class);
        component.setLogPhi(false); // camel-mllp's exceptions quote the payload unless logPhi is off
        MllpEndpoint endpoint = new MllpListenerEndpoint(
                "mllp://" + host() + ":" + properties.port(), component, new MllpConfiguration());
        endpoint.setHostname(properties.bindAddress());
        endpoint.setPort(properties.port());
        // set on the endpoint's own copy: MllpConfiguration.copy() drops the buffer sizes and hl7Headers
        MllpConfiguration listener = endpoint.getConfiguration();
        listener.setAutoAck(false); // the answer is Hl7Messages' own ACK
        listener.setValidatePayload(false);
        listener.setRequireEndOfData(false);
        listener.setHl7Headers(false);
        listener.setStringPayload(false);
        listener.setCharsetName("UTF-8");
        listener.setMaxConcurrentConsumers(properties.maxConnections());
        listener.setBacklog(properties.backlog());
        listener.setIdleTimeout((int) properties.idleTimeout().toMillis());
        listener.setReceiveTimeout((int) properties.pollEvery().toMillis());
        listener.setReadTimeout((int) properties.readTimeout().toMillis());
        listener.setMaxBufferSize((int) properties.maxMessageSize().toBytes());
        if (properties.tls().enabled()) {
            endpoint.setSslContextParameters(tls(properties.tls()));
        }

        // a message cut off (the sender stopped mid-message or hung up): camel-mllp has reset the connection
        onException(MllpException.class).handled(true).process(exchange -> {
            MllpException cut = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, MllpException.class);
            byte[] received = cut.getHl7MessageBytes();
            log.warn(
                    "hl7 mllp: MLLP connection ended with an unfinished message ({}, {} bytes): nothing was taken, the sender"
                            + " gets no acknowledgement and must send it again",
                    cut.getMessage(),
                    received == null ? 0 : received.length);
        });

        from(endpoint).routeId("hl7-mllp").process(exchange -> {
            byte[] body = exchange.getIn().getBody(byte[].class);
            Hl7Messages.Answer answer = messages.take(
                    new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8),
                    "connector:hl7-mllp",
                    "MLLP port " + properties.port());
            exchange.setProperty(
                    MllpConstants.MLLP_ACKNOWLEDGEMENT, answer.acknowledgement().getBytes(StandardCharsets.UTF_8));
            exchange.setProperty(MllpConstants.MLLP_ACKNOWLEDGEMENT_STRING, answer.acknowledgement());
        });
        log.info(
                "hl7 mllp: listening on {}:{}{}, up to {} connections, idle ones closed after {}",
                properties.bindAddress(),
                properties.port(),
                properties.tls().enabled()
                        ? " over TLS (client certificates " + properties.tls().clientAuth() + ")"
                        : "",
                properties.maxConnections(),
                properties.idleTimeout());
    }

    private String host() {
        String address = properties.bindAddress();
        return address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
    }

    static SSLContextParameters tls(MllpProperties.Tls tls) {
        KeyManagersParameters keys = new KeyManagersParameters();
        keys.setKeyStore(store(tls.keyStore(), tls.keyStorePassword(), tls.keyStoreType()));
        keys.setKeyPassword(tls.keyPasswordOrStore());
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setKeyManagers(keys);
        if (tls.trustStore() != null) {
            TrustManagersParameters trust = new TrustManagersParameters();
            trust.setKeyStore(store(tls.trustStore(), tls.trustStorePassword(), tls.trustStoreType()));
            parameters.setTrustManagers(trust);
        }
        SSLContextServerParameters server = new SSLContextServerParameters();
        server.setClientAuthentication(
                ClientAuthentication.valueOf(tls.clientAuth().name()).name());
        parameters.setServerParameters(server);
        return parameters;
    }

    private static KeyStoreParameters store(Path path, String password, String type) {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("file:" + path.toAbsolutePath());
        store.setPassword(password);
        store.setType(type);
        return store;
    }
}
