package org.thinkfamily.contracts.family;

import org.axonframework.serialization.Revision;

@Revision("1")
public record FamilyClosed(String familyId, String reason, String closedBy) {}
