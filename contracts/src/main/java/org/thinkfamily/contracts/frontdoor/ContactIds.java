package org.thinkfamily.contracts.frontdoor;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The contact an agency's CONTACT_RECEIVED event becomes always has the same id, distinct from the event's
 * own (both are aggregates of one store); a public request's is random. A short reference is what a caller quotes.
 */
public final class ContactIds {

    private ContactIds() {}

    public static String ofAgencyEvent(String eventId) {
        return UUID.nameUUIDFromBytes(("contact\n" + eventId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    public static String random() {
        return UUID.randomUUID().toString();
    }

    /** The first eight hex digits, upper case: e.g. {@code 1A2B3C4D}. */
    public static String reference(String contactId) {
        return contactId.replace("-", "").substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }
}
