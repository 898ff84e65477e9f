package org.thinkfamily.contracts.audit;

import org.axonframework.serialization.Revision;

/**
 * A person read a family's record. Kept in the event store beside the record itself, so the access
 * log has the same guarantees as the history it protects. The event's timestamp is the moment of access.
 */
@Revision("1")
public record FamilyRecordAccessed(String familyId, String user, String action, String purpose) {}
