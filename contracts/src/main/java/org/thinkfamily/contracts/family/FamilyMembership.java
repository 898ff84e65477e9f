package org.thinkfamily.contracts.family;

import org.thinkfamily.contracts.canonical.SubjectRole;

import java.time.Instant;

/**
 * One person's membership of one family, since when, and the record that brought them in;
 * {@code recordPersonId} is the person record named in it (see {@code FamilyMember}).
 */
public record FamilyMembership(String familyId, String personId, SubjectRole role, Instant since,
                               String sourceEventId, String recordPersonId) {
}
