package org.thinkfamily.contracts.family;

import org.axonframework.serialization.Revision;

/** A person joined a family's household; {@code basis} says why (named together, when not given). */
@Revision("1")
public record FamilyMemberAdded(String familyId, FamilyMember member, String sourceEventId, MembershipBasis basis) {

    public FamilyMemberAdded {
        basis = basis == null ? MembershipBasis.NAMED_TOGETHER : basis;
    }

    public FamilyMemberAdded(String familyId, FamilyMember member, String sourceEventId) {
        this(familyId, member, sourceEventId, MembershipBasis.NAMED_TOGETHER);
    }
}
