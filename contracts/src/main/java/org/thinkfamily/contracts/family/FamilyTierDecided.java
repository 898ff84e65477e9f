package org.thinkfamily.contracts.family;

import org.axonframework.serialization.Revision;

/** {@code previousTier} is null for the family's first tier decision. */
@Revision("1")
public record FamilyTierDecided(String familyId, int tier, Integer previousTier, String reason, String decidedBy) {}
