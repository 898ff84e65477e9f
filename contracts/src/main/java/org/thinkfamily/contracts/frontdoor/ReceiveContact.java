package org.thinkfamily.contracts.frontdoor;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A contact reaches the front door: from an agency's CONTACT_RECEIVED event ({@code sourceEventId}, the
 * people it was resolved to and their family), or from the public ({@code from} = {@value ContactReceived#PUBLIC},
 * no people, no family). Receiving the same contact again changes nothing.
 */
public record ReceiveContact(
        @TargetAggregateIdentifier String contactId,
        Instant receivedAt,
        String from,
        String familyId,
        List<String> personIds,
        String sourceEventId,
        ContactNarrative narrative) {

    public ReceiveContact {
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
    }
}
