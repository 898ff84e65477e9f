package org.thinkfamily.contracts.frontdoor;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The front door's decision on a contact, with its author and reason. {@code familyId} (null for a contact
 * no family is known for) is the family whose tier a tier outcome sets.
 */
@Revision("1")
public record ContactDecided(
        String contactId,
        String familyId,
        ContactOutcome outcome,
        DecisionReason reason,
        String decidedBy,
        Instant decidedAt) {}
