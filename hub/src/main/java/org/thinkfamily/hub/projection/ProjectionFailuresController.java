package org.thinkfamily.hub.projection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Events a projection parked in its dead-letter queue, for managers: which projection, which stored
 * event (by id, never its content), since when and why (the failure's types); a retry takes them
 * through the projection again once the cause is fixed.
 */
@RestController
@RequestMapping("/api/v1/projection-failures")
@Tag(name = "Projection failures", description = "Events a projection could not handle, parked so it carries on")
class ProjectionFailuresController {

    /** Retries per request: a queue of thousands is worked through by asking again. */
    static final int MAX_RETRIES_PER_REQUEST = 1000;

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;

    ProjectionFailuresController(JdbcTemplate jdbc, EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.processing = processing;
    }

    record Failure(
            String projection, String eventId, String eventType, String sequence, Instant parkedAt, String cause) {}

    record Failures(List<Failure> failures) {}

    record Retried(String projection, int handled, long remaining) {}

    @GetMapping
    @Operation(summary = "Events parked by the projections, oldest first (managers)")
    Failures list() {
        return new Failures(jdbc.query(
                """
                select processing_group, event_identifier, payload_type, sequence_identifier, enqueued_at, cause_message
                from dead_letter_entry order by enqueued_at, sequence_index limit 1000""",
                (rs, i) -> new Failure(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6))));
    }

    @PostMapping("/{projection}/retry")
    @Operation(summary = "Take a projection's parked events through it again (managers)")
    Retried retry(@PathVariable String projection) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing
                .sequencedDeadLetterProcessor(projection)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "no projection with a dead-letter queue is called " + projection));
        int handled = 0;
        while (handled < MAX_RETRIES_PER_REQUEST && processor.processAny()) {
            handled++;
        }
        Long remaining = jdbc.queryForObject(
                "select count(*) from dead_letter_entry where processing_group = ?", Long.class, projection);
        return new Retried(projection, handled, remaining == null ? 0 : remaining);
    }
}
