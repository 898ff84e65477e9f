package org.thinkfamily.contracts.agencyevent;

import org.axonframework.serialization.Revision;
import org.thinkfamily.contracts.canonical.EventType;
import org.thinkfamily.contracts.canonical.Sensitivity;
import org.thinkfamily.contracts.canonical.Sharing;
import org.thinkfamily.contracts.canonical.Source;

import java.time.Instant;
import java.util.List;

@Revision("1")
public record AgencyEventRecorded(String eventId, Source source, EventType type, Instant occurredAt,
                                  List<EventSubject> subjects, Sensitivity sensitivity, Sharing sharing,
                                  EventNarrative narrative) {
}
