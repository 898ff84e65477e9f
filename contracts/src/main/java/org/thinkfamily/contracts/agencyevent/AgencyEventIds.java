package org.thinkfamily.contracts.agencyevent;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The hub's id for an agency message: the same agency and message id always give the same event id. */
public final class AgencyEventIds {

    private AgencyEventIds() {}

    public static String of(String agency, String messageId) {
        return UUID.nameUUIDFromBytes((agency + "\n" + messageId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
