package org.thinkfamily.hub.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * The data subjects that sealed values name, found in serialized JSON without parsing it: the envelope's
 * {@code "dataSubjects":["…",…]} as the event store holds it (compact, written by the hub, subjects being ids
 * with nothing to escape). Only a hint for reading keys ahead: a subject missed is read when it is needed.
 */
final class SealedSubjects {

    private static final String FIELD = "\"dataSubjects\":[";

    private SealedSubjects() {}

    /** Adds to {@code subjects} every subject the sealed values in {@code json} name. */
    static void in(byte[] json, Collection<String> subjects) {
        // one byte a char, so the search is the JDK's own (vectorised) and a subject is its bytes as they are
        String text = new String(json, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(FIELD);
        while (at >= 0) {
            int i = at + FIELD.length();
            while (i < text.length() && text.charAt(i) == '"') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '"' && text.charAt(end) != '\\') {
                    end++;
                }
                if (end >= text.length() || text.charAt(end) != '"') {
                    break;
                }
                subjects.add(text.substring(i + 1, end));
                i = end + 1;
                if (i < text.length() && text.charAt(i) == ',') {
                    i++;
                }
            }
            at = text.indexOf(FIELD, i);
        }
    }
}
