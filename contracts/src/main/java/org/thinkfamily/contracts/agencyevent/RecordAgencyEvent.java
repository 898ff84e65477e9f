package org.thinkfamily.contracts.agencyevent;

import java.time.Instant;
import java.util.List;
import org.thinkfamily.contracts.family.SupportedMemberships;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.contracts.published.canonical.Sharing;
import org.thinkfamily.contracts.published.canonical.Source;

/**
 * Record an agency's event about resolved people. {@code eventId} is derived from agency and message id,
 * so the same message can only ever be recorded once, on any node. The ingest turns it into the message's first
 * event directly (no command bus: the store's key is the only check a handler would add); {@code supports} names the
 * memberships the record supports, or is null.
 */
public record RecordAgencyEvent(
        String eventId,
        Source source,
        EventType type,
        Instant occurredAt,
        List<EventSubject> subjects,
        Sensitivity sensitivity,
        Sharing sharing,
        EventNarrative narrative,
        SupportedMemberships supports) {}
