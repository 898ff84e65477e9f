package org.thinkfamily.contracts.audit;

import org.axonframework.serialization.Revision;

/**
 * A person read a family's record (or changed it, or was refused). Kept in the event store beside the record
 * itself, so the access log has the same guarantees as the history it protects. The event's timestamp is the moment
 * of access.
 *
 * @param relationship what allowed it ({@link AccessRelationship}); null in events recorded before it was kept
 * @param client       where the request came from: {@code api} (with the identity provider's client id when a token
 *                     names one), {@code web} or {@code tool}; null in events recorded before it was kept
 */
@Revision("1")
public record FamilyRecordAccessed(
        String familyId, String user, String action, String purpose, String relationship, String client) {}
