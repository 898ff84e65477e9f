package org.thinkfamily.contracts.frontdoor;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A contact awaits a decision. {@code from} is the sending agency's code, or {@value #PUBLIC}. */
@Revision("1")
public record ContactReceived(
        String contactId,
        Instant receivedAt,
        String from,
        String familyId,
        List<String> personIds,
        String sourceEventId,
        ContactNarrative narrative) {

    /** {@code from} of a request for help made by a member of the public. */
    public static final String PUBLIC = "PUBLIC";

    public ContactReceived {
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
    }
}
