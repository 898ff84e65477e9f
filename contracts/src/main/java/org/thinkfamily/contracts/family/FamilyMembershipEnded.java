package org.thinkfamily.contracts.family;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The person's membership of the family ended, through each of the person records listed. */
@Revision("1")
public record FamilyMembershipEnded(String familyId, String personId, List<String> recordPersonIds) {}
