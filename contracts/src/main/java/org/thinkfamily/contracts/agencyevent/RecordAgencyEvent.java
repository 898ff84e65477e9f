package org.thinkfamily.contracts.agencyevent;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.thinkfamily.contracts.family.SupportedMemberships;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.contracts.published.canonical.Sharing;
import org.thinkfamily.contracts.published.canonical.Source;

/**
 * Record an agency's event about resolved people. {@code eventId} is derived from agency and message id,
 * so the same message can only ever be recorded once, on any node.
 */
public record RecordAgencyEvent(
        @TargetAggregateIdentifier String eventId,
        Source source,
        EventType type,
        Instant occurredAt,
        List<EventSubject> subjects,
        Sensitivity sensitivity,
        Sharing sharing,
        EventNarrative narrative,
        @JsonInclude(JsonInclude.Include.NON_NULL) SupportedMemberships supports) {

    /** A record naming no household already in a family (and every record from before {@code supports}). */
    public RecordAgencyEvent(
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
