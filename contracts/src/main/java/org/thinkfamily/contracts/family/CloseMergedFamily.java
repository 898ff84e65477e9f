package org.thinkfamily.contracts.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** This family was merged into another: it takes no members from now on. */
public record CloseMergedFamily(@TargetAggregateIdentifier String familyId, String intoFamilyId) {}
