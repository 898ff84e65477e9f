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

/**
 * An agency's message, recorded about resolved people: the first event of the message's own stream. {@code supports}
 * names the memberships of a family the record supports (it names them together again), or is null: for a record
 * naming no household already in a family, and in histories from before, which said so with
 * {@code FamilyMembershipSupported}.
 */
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
        @JsonInclude(JsonInclude.Include.NON_NULL) SupportedMemberships supports) {}
