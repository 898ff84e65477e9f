package org.thinkfamily.contracts.family;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A family started with these members; {@code basis} says why (named together, when not given). */
@Revision("1")
public record FamilyStarted(String familyId, List<FamilyMember> members, String sourceEventId, MembershipBasis basis) {

    public FamilyStarted {
        basis = basis == null ? MembershipBasis.NAMED_TOGETHER : basis;
    }

    public FamilyStarted(String familyId, List<FamilyMember> members, String sourceEventId) {
        this(familyId, members, sourceEventId, MembershipBasis.NAMED_TOGETHER);
    }
}
