package org.thinkfamily.contracts.family;

import java.time.Instant;
import java.util.List;
import org.thinkfamily.contracts.published.canonical.SubjectRole;

/**
 * One person's membership of one family, since when, and the record that brought them in;
 * {@code recordPersonId} is the person record named in it (see {@code FamilyMember}); {@code endedAt}
 * when a manager ended it; {@code reasons}, when asked for, every record supporting it.
 */
public record FamilyMembership(
        String familyId,
        String personId,
        SubjectRole role,
        Instant since,
        String sourceEventId,
        String recordPersonId,
        Instant endedAt,
        List<MembershipReason> reasons) {

    public FamilyMembership {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public boolean isActive() {
        return endedAt == null;
    }
}
