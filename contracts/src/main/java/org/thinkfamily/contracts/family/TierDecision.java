package org.thinkfamily.contracts.family;

import java.time.Instant;

/** A tier decision as recorded: the tier, why, by whom, when. */
public record TierDecision(int tier, String reason, String decidedBy, Instant at) {}
