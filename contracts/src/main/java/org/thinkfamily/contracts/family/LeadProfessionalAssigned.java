package org.thinkfamily.contracts.family;

import org.axonframework.serialization.Revision;

/** {@code previousUser} is null for the family's first lead professional. */
@Revision("1")
public record LeadProfessionalAssigned(String familyId, String user, String previousUser) {}
