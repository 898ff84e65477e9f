package org.thinkfamily.contracts.family;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The absorbed family's members joined this family, which carries on as the one household. */
@Revision("1")
public record FamiliesMerged(String familyId, String absorbedFamilyId, List<FamilyMember> members) {}
