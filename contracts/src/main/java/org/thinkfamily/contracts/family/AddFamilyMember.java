package org.thinkfamily.contracts.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Add a person to a family's household, because a record named them with its members (or for the
 * {@code basis} given). A membership a manager ended is not restored by a record, only by a manager.
 */
public record AddFamilyMember(
        @TargetAggregateIdentifier String familyId, FamilyMember member, String sourceEventId, MembershipBasis basis) {

    public AddFamilyMember {
        basis = basis == null ? MembershipBasis.NAMED_TOGETHER : basis;
    }

    public AddFamilyMember(String familyId, FamilyMember member, String sourceEventId) {
        this(familyId, member, sourceEventId, MembershipBasis.NAMED_TOGETHER);
    }
}
