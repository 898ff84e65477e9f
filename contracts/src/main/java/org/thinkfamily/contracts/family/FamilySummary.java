package org.thinkfamily.contracts.family;

import java.time.Instant;
import java.util.List;

/** A family's household, when it started and who leads the work with it. */
public record FamilySummary(String familyId, Instant startedAt, String leadProfessional,
                            List<FamilyMembership> members) {
}
