package org.thinkfamily.contracts.published.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.thinkfamily.contracts.published.canonical.FieldError;

/** The answer for one canonical event, in the order the events were sent. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record IngestResult(String messageId, IngestStatus status, String eventId, List<FieldError> errors) {

    public static IngestResult accepted(String messageId, String eventId) {
        return new IngestResult(messageId, IngestStatus.ACCEPTED, eventId, List.of());
    }

    public static IngestResult duplicate(String messageId, String eventId) {
        return new IngestResult(messageId, IngestStatus.DUPLICATE, eventId, List.of());
    }

    public static IngestResult rejected(String messageId, List<FieldError> errors) {
        return new IngestResult(messageId, IngestStatus.REJECTED, null, List.copyOf(errors));
    }
}
