package org.thinkfamily.contracts.family;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Two families are one household: the other family's current members join this one. */
public record MergeFamilies(
        @TargetAggregateIdentifier String familyId, String absorbedFamilyId, List<FamilyMember> members) {}
