package org.thinkfamily.hub.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An event's details as the timeline stores them: a JSON object, or nothing when the event had none. */
final class TimelineDetails {

    private static final Logger log = LoggerFactory.getLogger(TimelineDetails.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private TimelineDetails() {}

    static String write(Map<String, Object> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            // details came out of the event store as JSON, so they go back to JSON; fail the event (it is parked) if
            // not
            throw new IllegalStateException("event details could not be written as JSON", e);
        }
    }

    /** The details back; an entry whose stored details cannot be read is answered without them (logged by id). */
    static Map<String, Object> read(String eventId, String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<>() {});
        } catch (JsonProcessingException e) {
            log.warn(
                    "timeline entry {}: its stored details ({} characters) are not a JSON object; read without them",
                    eventId,
                    json.length());
            return Map.of();
        }
    }
}
