package org.thinkfamily.hub.deadletter;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A dead letter's payload as kept: at most the first 64 KB (UTF-8, never cutting a character in two),
 * with the size and SHA-256 of the whole, so an agency can match the letter to what it sent.
 */
record CappedPayload(String text, long bytes, String sha256, boolean truncated) {

    static final int MAX_BYTES = 64 * 1024;

    static CappedPayload of(String payload) {
        payload = payload.replace('\0', '\uFFFD'); // PostgreSQL text holds no NUL
        byte[] all = payload.getBytes(StandardCharsets.UTF_8);
        String sha256 = sha256(all);
        if (all.length <= MAX_BYTES) {
            return new CappedPayload(payload, all.length, sha256, false);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.IGNORE);
        CharBuffer prefix = CharBuffer.allocate(MAX_BYTES);
        decoder.decode(ByteBuffer.wrap(all, 0, MAX_BYTES), prefix, true);
        prefix.flip();
        return new CappedPayload(prefix.toString(), all.length, sha256, true);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
