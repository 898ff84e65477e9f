package org.thinkfamily.contracts.agencyevent;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.thinkfamily.contracts.family.SupportedMemberships;
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
        EventNarrative narrative,
        @JsonInclude(JsonInclude.Include.NON_NULL) SupportedMemberships supports) {

    /** A record naming no household already in a family (and every record from before {@code supports}). */
    public AgencyEventRecorded(
            String eventId,
            Source source,
            EventType type,
            Instant occurredAt,
            List<EventSubject> subjects,
            Sensitivity sensitivity,
            Sharing sharing,
            EventNarrative narrative) {
        this(eventId, source, type, occurredAt, subjects, sensitivity, sharing, narrative, null);
    }
}
