package org.thinkfamily.contracts.family;

import java.util.List;

/**
 * The family a record's household is in, and the person records already members of it whose membership the record
 * supports (it names them together again). Carried on the record itself, so that a record about a known household
 * changes nothing but the family index: earlier histories said the same with {@link FamilyMembershipSupported}.
 */
public record SupportedMemberships(String familyId, List<String> recordPersonIds, MembershipBasis basis) {

    public SupportedMemberships {
        recordPersonIds = recordPersonIds == null ? List.of() : List.copyOf(recordPersonIds);
    }

    /** Whether the record supports anyone's membership (it names at least two people, some already members). */
    public boolean supportsAny() {
        return !recordPersonIds.isEmpty();
    }
}
