package org.thinkfamily.contracts.audit;

import java.time.Instant;

/**
 * One read or change of a family's record by a person, or a refused attempt.
 *
 * @param relationship what allowed it ({@link AccessRelationship}); null for entries from before it was kept
 * @param client       {@code api} (with the identity provider's client id when known), {@code web} or {@code tool}
 */
public record AccessLogEntry(
        Instant at, String user, String familyId, String action, String purpose, String relationship, String client) {}
