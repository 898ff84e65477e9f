package org.thinkfamily.contracts.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Step a family up or down to a tier (1 to 4), with the reason; a decision on a closed family reopens it. */
public record DecideTier(@TargetAggregateIdentifier String familyId, int tier, String reason, String decidedBy) {}
