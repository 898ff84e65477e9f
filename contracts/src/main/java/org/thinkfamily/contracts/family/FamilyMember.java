package org.thinkfamily.contracts.family;

import org.thinkfamily.contracts.canonical.SubjectRole;

/** A person's membership of a family's household, with their role in it. */
public record FamilyMember(String personId, SubjectRole role) {
}
