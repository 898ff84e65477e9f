package org.thinkfamily.hub.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A real MLLP client: frames a message with 0x0B ... 0x1C 0x0D and reads the framed answer. */
public final class MllpClient {

    private MllpClient() {
    }

    public static String send(int port, String message) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            out.write(0x0B);
            out.write(message.getBytes(StandardCharsets.UTF_8));
            out.write(new byte[]{0x1C, 0x0D});
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                if (b == 0x0B) {
                    continue;
                }
                if (b == 0x1C) {
                    in.read(); // the closing 0x0D
                    break;
                }
                answer.write(b);
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** The acknowledgement code in MSA-1 (AA, AE, AR), or null when the answer has no MSA. */
    public static String ackCode(String ack) {
        for (String segment : ack.split("\r")) {
            if (segment.startsWith("MSA|")) {
                return segment.split("\\|", -1)[1];
            }
        }
        return null;
    }
}
