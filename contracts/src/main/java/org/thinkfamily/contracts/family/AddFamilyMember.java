package org.thinkfamily.contracts.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a person to a family's household, because a record named them with its members. */
public record AddFamilyMember(@TargetAggregateIdentifier String familyId, FamilyMember member,
                              String sourceEventId) {
}
