package org.thinkfamily.contracts.family;

import org.axonframework.serialization.Revision;

@Revision("1")
public record TeamMemberAdded(String familyId, String user, String agency, String addedBy) {}
