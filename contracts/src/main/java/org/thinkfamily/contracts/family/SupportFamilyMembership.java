package org.thinkfamily.contracts.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Another record names these members of the family together: more support for their membership. */
public record SupportFamilyMembership(@TargetAggregateIdentifier String familyId, List<String> recordPersonIds,
                                      String sourceEventId, MembershipBasis basis) {
}
