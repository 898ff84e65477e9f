package org.thinkfamily.contracts.family;

import org.axonframework.serialization.Revision;

import java.util.List;

@Revision("1")
public record FamilyStarted(String familyId, List<FamilyMember> members, String sourceEventId) {
}
