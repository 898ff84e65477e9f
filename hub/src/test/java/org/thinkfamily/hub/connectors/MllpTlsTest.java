package org.thinkfamily.hub.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import javax.net.SocketFactory;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thinkfamily.hub.support.HubProcess;
import org.thinkfamily.hub.support.MllpClient;
import org.thinkfamily.hub.support.TestCertificates;

/** MLLP over TLS with client certificates required: a sender the hub knows is answered, anyone else is not. */
class MllpTlsTest extends ConnectorSuite {

    static final int MLLP_PORT = HubProcess.freePort();
    static TestCertificates certificates;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        certificates = TestCertificates.create();
        listenOnMllp(registry, MLLP_PORT);
        registry.add("thinkfamily.connectors.hl7.tls.enabled", () -> "true");
        registry.add(
                "thinkfamily.connectors.hl7.tls.key-store",
                () -> certificates.server().toString());
        registry.add("thinkfamily.connectors.hl7.tls.key-store-password", certificates::password);
        registry.add(
                "thinkfamily.connectors.hl7.tls.trust-store",
                () -> certificates.trust().toString());
        registry.add("thinkfamily.connectors.hl7.tls.trust-store-password", certificates::password);
    }

    @Test
    void a_sender_with_a_trusted_client_certificate_is_answered() throws Exception {
        String ack = MllpClient.send(
                certificates.clientSockets(certificates.client()),
                "127.0.0.1",
                MLLP_PORT,
                MllpConnectorTest.sample("a04-emergency-v24.hl7"));
        assertThat(MllpClient.ackCode(ack)).isEqualTo("AA");
    }

    @Test
    void a_sender_without_a_client_certificate_gets_no_answer() throws Exception {
        assertThat(answerCode(certificates.clientSockets(null))).isNull();
    }

    @Test
    void a_sender_in_plain_tcp_gets_no_answer() {
        assertThat(answerCode(SocketFactory.getDefault())).isNull();
    }

    /** The acknowledgement code, or null when the handshake failed or the hub closed the connection unanswered. */
    private static String answerCode(SocketFactory sockets) {
        try {
            return MllpClient.ackCode(MllpClient.send(
                    sockets, "127.0.0.1", MLLP_PORT, MllpConnectorTest.sample("a04-emergency-v24.hl7")));
        } catch (IOException refused) {
            return null;
        }
    }
}
