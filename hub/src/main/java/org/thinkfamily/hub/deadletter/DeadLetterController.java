package org.thinkfamily.hub.deadletter;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.ingest.IngestResult;
import org.thinkfamily.hub.access.AgencyAccounts;

/**
 * Dead letters: a manager sees all, an agency account those of its own sector. Replay takes a letter's
 * payload through its door again; a letter that now goes through is marked replayed, one that still
 * fails keeps the new reason.
 */
@RestController
@RequestMapping("/api/v1/dead-letters")
@Tag(name = "Dead letters", description = "Input the hub could not take: list, fix at source, replay")
class DeadLetterController {

    private final DeadLetterStore store;
    private final DeadLetterReplay replays;

    DeadLetterController(DeadLetterStore store, DeadLetterReplay replays) {
        this.store = store;
        this.replays = replays;
    }

    record Source(String agency, Sector sector) {}

    /** {@code payload} is the first 64 KB of what was sent; {@code payloadBytes} and {@code payloadSha256} describe the whole. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Letter(
            String id,
            Instant receivedAt,
            String door,
            Source source,
            String location,
            String reason,
            String payload,
            Long payloadBytes,
            String payloadSha256,
            boolean payloadTruncated,
            String contentType,
            DeadLetterStore.Status status,
            Instant replayedAt,
            String replayedBy) {}

    record Letters(List<Letter> deadLetters, int page, int size, long total) {}

    static final int MAX_PAGE_SIZE = 200;

    record Replayed(String id, DeadLetterStore.Status status, List<IngestResult> results) {}

    @GetMapping
    @Operation(
            summary = "Dead letters, oldest first, a page at a time (a manager sees all, an agency its own sector's)")
    Letters list(
            @RequestParam(required = false) DeadLetterStore.Status status,
            @RequestParam(required = false) String door,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Authentication user) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "page must be 0 or more and size from 1 to " + MAX_PAGE_SIZE);
        }
        DeadLetterStore.Page found = store.list(sectorsVisibleTo(user), status, door, page, size);
        return new Letters(
                found.entries().stream().map(DeadLetterController::letter).toList(), page, size, found.total());
    }

    @PostMapping("/{id}/replay")
    @Operation(summary = "Take a dead letter through its door again, after its cause is fixed")
    ResponseEntity<Replayed> replay(@PathVariable String id, Authentication user) {
        DeadLetterStore.Entry entry = store.find(id)
                .filter(e -> visible(e, user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no dead letter " + id));
        DeadLetterReplay.Outcome outcome = replays.replay(entry, user.getName());
        return switch (outcome.kind()) {
            case CUT -> throw new ResponseStatusException(HttpStatus.CONFLICT, outcome.message());
            case NO_DOOR -> throw new ResponseStatusException(HttpStatus.CONFLICT, outcome.message());
            case REPLAYED -> ResponseEntity.ok(new Replayed(id, DeadLetterStore.Status.REPLAYED, outcome.results()));
            case STILL_FAILING ->
                ResponseEntity.unprocessableEntity()
                        .body(new Replayed(id, DeadLetterStore.Status.OPEN, outcome.results()));
        };
    }

    /** null: every sector (managers); otherwise the sectors an agency account writes. */
    static List<Sector> sectorsVisibleTo(Authentication user) {
        if (user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_MANAGER"))) {
            return null;
        }
        List<Sector> sectors = AgencyAccounts.sectorsOf(user);
        if (sectors.isEmpty()) {
            throw new AccessDeniedException("dead letters are for managers and the agency that sent them");
        }
        return sectors;
    }

    private static boolean visible(DeadLetterStore.Entry entry, Authentication user) {
        List<Sector> sectors = sectorsVisibleTo(user);
        return sectors == null || sectors.contains(entry.sector());
    }

    private static Letter letter(DeadLetterStore.Entry e) {
        return new Letter(
                e.id(),
                e.receivedAt(),
                e.door(),
                new Source(e.agency(), e.sector()),
                e.location(),
                e.reason(),
                e.payload(),
                e.payloadBytes(),
                e.payloadSha256(),
                e.payloadTruncated(),
                e.contentType(),
                e.status(),
                e.replayedAt(),
                e.replayedBy());
    }
}
