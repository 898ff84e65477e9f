package org.thinkfamily.contracts.published.canonical;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The canonical agency event: what every connector maps its input to and what
 * {@code POST /api/v1/events} accepts. Checked in two steps: Jakarta constraints for shape,
 * then {@link CanonicalEventRules} for identifiers, vocabularies and the details of each type.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CanonicalEvent(
        @NotNull @Valid Source source,
        @NotNull EventType type,
        @NotNull Instant occurredAt,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Subject> subjects,
        @Size(max = 4000) String summary,
        Sensitivity sensitivity,
        Map<String, Object> details,
        @Valid Sharing sharing) {

    public CanonicalEvent {
        details = details == null ? Map.of() : details;
    }

    @JsonIgnore
    public Sensitivity sensitivityOrDefault() {
        return sensitivity == null ? Sensitivity.STANDARD : sensitivity;
    }
}
