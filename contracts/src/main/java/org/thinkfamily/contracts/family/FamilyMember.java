package org.thinkfamily.contracts.family;

import org.thinkfamily.contracts.published.canonical.SubjectRole;

/**
 * A person's membership of a family's household, with their role in it. {@code recordPersonId} is the
 * person record the membership came from (see {@code EventSubject}); it is the person when not given.
 */
public record FamilyMember(String personId, SubjectRole role, String recordPersonId) {

    public FamilyMember {
        recordPersonId = recordPersonId == null ? personId : recordPersonId;
    }

    public FamilyMember(String personId, SubjectRole role) {
        this(personId, role, personId);
    }
}
