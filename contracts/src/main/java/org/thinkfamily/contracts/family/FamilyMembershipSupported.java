package org.thinkfamily.contracts.family;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The record {@code sourceEventId} supports these person records' membership of the family. */
@Revision("1")
public record FamilyMembershipSupported(String familyId, List<String> recordPersonIds, String sourceEventId,
                                        MembershipBasis basis) {
}
