package org.thinkfamily.contracts.family;

import org.thinkfamily.contracts.canonical.SubjectRole;

import java.time.Instant;

/** One person's membership of one family, since when, and the record that brought them in. */
public record FamilyMembership(String familyId, String personId, SubjectRole role, Instant since,
                               String sourceEventId) {
}
