package org.thinkfamily.contracts.agencyevent;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.contracts.published.canonical.Sharing;
import org.thinkfamily.contracts.published.canonical.Source;

@Revision("1")
public record AgencyEventRecorded(
        String eventId,
        Source source,
        EventType type,
        Instant occurredAt,
        List<EventSubject> subjects,
        Sensitivity sensitivity,
        Sharing sharing,
        EventNarrative narrative) {}
