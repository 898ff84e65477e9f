package org.thinkfamily.contracts.family;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The absorbed family's members joined this family, which carries on as the one household. */
@Revision("1")
public record FamiliesMerged(String familyId, String absorbedFamilyId, List<FamilyMember> members) {
}
