package org.thinkfamily.hub.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.SocketFactory;

/** A real MLLP client: frames a message with 0x0B ... 0x1C 0x0D and reads the framed answer. */
public final class MllpClient {

    private MllpClient() {}

    public static String send(int port, String message) throws IOException {
        return send(SocketFactory.getDefault(), "127.0.0.1", port, message);
    }

    /** Sends over a socket from the given factory: an {@code SSLSocketFactory} for MLLP over TLS. */
    public static String send(SocketFactory sockets, String host, int port, String message) throws IOException {
        try (Socket socket = sockets.createSocket(host, port)) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            out.write(frame(message));
            out.flush();
            return readAnswer(socket.getInputStream());
        }
    }

    /** The message between the start block 0x0B and the end block 0x1C 0x0D. */
    public static byte[] frame(String message) {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        byte[] framed = new byte[text.length + 3];
        framed[0] = 0x0B;
        System.arraycopy(text, 0, framed, 1, text.length);
        framed[text.length + 1] = 0x1C;
        framed[text.length + 2] = 0x0D;
        return framed;
    }

    /** Reads one framed answer; what was read so far when the stream ends. */
    public static String readAnswer(InputStream in) throws IOException {
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

    /**
     * Waits for the hub to end a connection: true once a read finds the end of the stream or the connection
     * reset, false when the socket is still open after {@code wait}. Any bytes the hub sends are skipped.
     */
    public static boolean closedByHub(Socket socket, Duration wait) throws IOException {
        socket.setSoTimeout((int) wait.toMillis());
        try {
            InputStream in = socket.getInputStream();
            while (in.read() != -1) {
                // skip an answer, if any
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (SocketException reset) {
            return true;
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
