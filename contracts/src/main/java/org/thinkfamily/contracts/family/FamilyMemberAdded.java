package org.thinkfamily.contracts.family;

import org.axonframework.serialization.Revision;

@Revision("1")
public record FamilyMemberAdded(String familyId, FamilyMember member, String sourceEventId) {
}
