package org.thinkfamily.contracts.family;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.canonical.Sensitivity;

/**
 * One agency record on a family's timeline, with the facts ({@code details}) of its type. {@code type} is
 * the event type's name, kept as text so that a record of a type this build does not know still reads.
 * A {@code RESTRICTED} record's details may decide an answer, but must not be shown to people not
 * cleared for it.
 */
public record FamilyRecord(
        String eventId,
        Instant occurredAt,
        Instant recordedAt,
        Sector sector,
        String type,
        Sensitivity sensitivity,
        List<String> personIds,
        Map<String, Object> details) {

    public FamilyRecord {
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
        details = details == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
    }

    public boolean isRestricted() {
        return sensitivity == Sensitivity.RESTRICTED;
    }
}
