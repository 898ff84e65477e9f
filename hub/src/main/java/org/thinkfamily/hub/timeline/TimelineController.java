package org.thinkfamily.hub.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.hub.access.FamilyReadGuard;

@RestController
@RequestMapping("/api/v1/families/{familyId}/timeline")
@Tag(name = "Timeline", description = "A family's consolidated chronology")
class TimelineController {

    private final FamilyReadGuard guard;
    private final TimelineQueries timeline;

    TimelineController(FamilyReadGuard guard, TimelineQueries timeline) {
        this.guard = guard;
        this.timeline = timeline;
    }

    record Source(String agency, String messageId) {}

    /**
     * A RESTRICTED entry shows that it exists, but not its summary, to users not cleared for it. An entry naming a
     * person whose personal data was erased has no summary and says {@code "erased": true}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(
            String eventId,
            Instant occurredAt,
            Instant recordedAt,
            String sector,
            String type,
            String summary,
            Source source,
            List<String> personIds,
            String sensitivity,
            Boolean erased) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TimelineResponse(String familyId, Instant asAt, List<Entry> entries, int page, int size, long total) {}

    static final int MAX_PAGE_SIZE = 500;

    @GetMapping
    @Operation(summary = "The family's timeline in occurredAt order; with asAt, as the hub knew it then")
    TimelineResponse timeline(
            @PathVariable String familyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) Sector sector,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asAt,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "500") int size,
            @RequestHeader(value = "X-Access-Purpose", required = false) String purpose,
            Authentication user) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "page must be 0 or more and size from 1 to " + MAX_PAGE_SIZE);
        }
        guard.open(user, familyId, asAt == null ? "READ_TIMELINE" : "READ_TIMELINE_AS_AT", purpose);
        boolean cleared = FamilyReadGuard.mayReadRestricted(user);
        TimelineQueries.Page found = timeline.entries(familyId, from, to, sector, asAt, (long) page * size, size);
        List<Entry> entries = found.rows().stream()
                .map(row -> new Entry(
                        row.eventId(),
                        row.occurredAt(),
                        row.recordedAt(),
                        row.sector(),
                        row.type(),
                        cleared || !Sensitivity.RESTRICTED.name().equals(row.sensitivity()) ? row.summary() : null,
                        new Source(row.agency(), row.messageId()),
                        row.personIds(),
                        row.sensitivity(),
                        row.erased() ? Boolean.TRUE : null))
                .toList();
        return new TimelineResponse(familyId, asAt, entries, page, size, found.total());
    }
}
