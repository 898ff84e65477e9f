package org.thinkfamily.connectors.queue;

import java.nio.charset.StandardCharsets;

/** A queue message's body as text: UTF-8, as the agencies are asked to send it; none is empty text. */
final class QueueMessages {

    private QueueMessages() {}

    static String text(byte[] body) {
        return new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8);
    }
}
