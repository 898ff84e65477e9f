package org.thinkfamily.contracts.family;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The record {@code sourceEventId} supports these person records' membership of the family. */
@Revision("1")
public record FamilyMembershipSupported(
        String familyId, List<String> recordPersonIds, String sourceEventId, MembershipBasis basis) {}
