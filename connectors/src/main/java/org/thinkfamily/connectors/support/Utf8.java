package org.thinkfamily.connectors.support;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Files must be UTF-8: bytes that are not are refused, never guessed at or silently replaced. */
public final class Utf8 {

    private Utf8() {}

    /** @throws IllegalArgumentException when the bytes are not UTF-8 */
    public static String strict(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the file is not UTF-8 text: export it as UTF-8 (CSV UTF-8)");
        }
    }

    /**
     * For keeping a refused file's text in a dead letter: undecodable bytes, and NULs (which PostgreSQL's text
     * refuses, so the letter could never be stored), become U+FFFD.
     */
    public static String lenient(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replace('\u0000', '\uFFFD');
    }
}
