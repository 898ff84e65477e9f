package org.thinkfamily.connectors.nhs;

import java.net.Socket;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.component.mllp.MllpComponent;
import org.apache.camel.component.mllp.MllpConfiguration;
import org.apache.camel.component.mllp.MllpEndpoint;
import org.apache.camel.component.mllp.MllpTcpServerConsumer;
import org.apache.camel.component.mllp.internal.MllpSocketBuffer;

/**
 * camel-mllp's listener with one change: a new connection goes straight to a connection thread (at most
 * {@code max-connections}), not first to camel-mllp's "validation" look. That look runs on threads without a
 * bound, has no deadline while bytes trickle in, and leaves the socket open when it fails (a message over
 * {@code max-message-size}), so it let one sender hold threads or sockets without limit. The connection thread
 * does what the look did (skips bytes outside a frame) and closes the socket on every failure.
 */
final class MllpListenerEndpoint extends MllpEndpoint {

    MllpListenerEndpoint(String uri, MllpComponent component, MllpConfiguration configuration) {
        super(uri, component, configuration);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        MllpTcpServerConsumer consumer = new MllpTcpServerConsumer(this, processor) {
            @Override
            public void validateConsumer(Socket socket) {
                startConsumer(socket, new MllpSocketBuffer(getEndpoint()));
            }
        };
        configureConsumer(consumer);
        return consumer;
    }
}
