package org.thinkfamily.contracts.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Two families are one household: the other family's current members join this one. */
public record MergeFamilies(@TargetAggregateIdentifier String familyId, String absorbedFamilyId, List<FamilyMember> members) {
}
