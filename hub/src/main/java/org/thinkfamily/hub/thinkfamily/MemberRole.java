package org.thinkfamily.hub.thinkfamily;

import org.thinkfamily.contracts.published.canonical.SubjectRole;

/** A member of the family and their role in it, as the caller knows them (now, or as at a moment). */
public record MemberRole(String personId, SubjectRole role) {

    boolean isAdult() {
        return role == SubjectRole.PARENT_CARER || role == SubjectRole.ADULT_IN_HOUSEHOLD;
    }
}
