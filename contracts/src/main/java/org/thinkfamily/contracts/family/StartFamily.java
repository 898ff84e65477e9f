package org.thinkfamily.contracts.family;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start a family from people named together in one record (or one person seen alone). */
public record StartFamily(
        @TargetAggregateIdentifier String familyId,
        List<FamilyMember> members,
        String sourceEventId,
        MembershipBasis basis) {

    public StartFamily {
        basis = basis == null ? MembershipBasis.NAMED_TOGETHER : basis;
    }

    public StartFamily(String familyId, List<FamilyMember> members, String sourceEventId) {
        this(familyId, members, sourceEventId, MembershipBasis.NAMED_TOGETHER);
    }
}
