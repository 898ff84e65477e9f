package org.thinkfamily.contracts.family;

import java.time.Instant;
import java.util.List;

/**
 * A family's household, when it started and who leads the work with it; {@code members} are current
 * members with their reasons; {@code mergedInto} names the family it was merged into, if it was.
 */
public record FamilySummary(String familyId, Instant startedAt, String leadProfessional,
                            List<FamilyMembership> members, String mergedInto) {
}
