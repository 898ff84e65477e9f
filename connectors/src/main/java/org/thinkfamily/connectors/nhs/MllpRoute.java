package org.thinkfamily.connectors.nhs;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mllp.MllpConstants;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/** HL7 v2 over MLLP: a listener on port 2575 (configurable) that answers every message with an ACK. */
@Component
@ConditionalOnProperty(name = "thinkfamily.connectors.hl7.enabled", havingValue = "true", matchIfMissing = true)
class MllpRoute extends RouteBuilder {

    private final Hl7Messages messages;
    private final int port;

    MllpRoute(Hl7Messages messages, @Value("${thinkfamily.connectors.hl7.port:2575}") int port) {
        this.messages = messages;
        this.port = port;
    }

    @Override
    public void configure() {
        from("mllp://0.0.0.0:" + port + "?autoAck=false&validatePayload=false&requireEndOfData=false&hl7Headers=false"
                + "&stringPayload=false&charsetName=UTF-8&receiveTimeout=15000")
                .routeId("hl7-mllp")
                .process(exchange -> {
                    byte[] body = exchange.getIn().getBody(byte[].class);
                    Hl7Messages.Answer answer = messages.take(new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8),
                            "connector:hl7-mllp", "MLLP port " + port);
                    exchange.setProperty(MllpConstants.MLLP_ACKNOWLEDGEMENT, answer.acknowledgement().getBytes(StandardCharsets.UTF_8));
                    exchange.setProperty(MllpConstants.MLLP_ACKNOWLEDGEMENT_STRING, answer.acknowledgement());
                });
    }
}
