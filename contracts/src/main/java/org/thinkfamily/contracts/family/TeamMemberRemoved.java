package org.thinkfamily.contracts.family;

import org.axonframework.serialization.Revision;

@Revision("1")
public record TeamMemberRemoved(String familyId, String user, String removedBy) {}
