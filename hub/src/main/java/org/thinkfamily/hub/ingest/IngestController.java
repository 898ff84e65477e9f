package org.thinkfamily.hub.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.thinkfamily.connectors.canonical.CanonicalJson;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.ingest.IngestResult;
import org.thinkfamily.hub.access.AgencyAccounts;
import org.thinkfamily.hub.agency.AgencyCodes;

/**
 * {@code POST /api/v1/events}: one canonical event or an array of them, one result per event in order.
 * The body must be JSON (else 400); an event that is JSON but not a valid canonical event is
 * {@code REJECTED} on its own with the field at fault (and dead-lettered), and the others still go through.
 */
@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Ingest", description = "Agencies push canonical events")
class IngestController {

    private final CanonicalJson canonicalJson;
    private final IngestProperties properties;
    private final AgencyCodes agencyCodes;

    IngestController(CanonicalJson canonicalJson, IngestProperties properties, AgencyCodes agencyCodes) {
        this.canonicalJson = canonicalJson;
        this.properties = properties;
        this.agencyCodes = agencyCodes;
    }

    record IngestResponse(List<IngestResult> results) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Push one canonical event or an array of them",
            description =
                    "Each result is ACCEPTED (durable before this answer), DUPLICATE (same agency and messageId seen before) or REJECTED with field errors.")
    IngestResponse push(@RequestBody JsonNode body, Authentication agency) {
        List<JsonNode> events = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(events::add);
        } else if (body.isObject()) {
            events.add(body);
        } else {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "the body must be one canonical event (a JSON object) or an array of them");
        }
        if (events.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the array holds no events");
        }
        if (events.size() > properties.maxEventsPerRequest()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "at most " + properties.maxEventsPerRequest() + " events per request");
        }
        requireOwnSector(events, agency);
        if (!body.isArray()) {
            requireOwnAgencyCode(body, agency);
        }
        if (!body.isArray()) {
            return new IngestResponse(List.of(canonicalJson.ingest(body, agency.getName(), "POST /api/v1/events")));
        }
        // an array is one transaction with a savepoint per event: one commit for all, each event still whole
        return new IngestResponse(
                canonicalJson.ingestEach(events, agency.getName(), i -> "POST /api/v1/events, event [" + i + "]"));
    }

    /**
     * An agency writes only its own sector, and a client bound to an agency code only under that code: one
     * event for another sector or code refuses the whole request.
     */
    private static void requireOwnSector(List<JsonNode> events, Authentication agency) {
        for (JsonNode event : events) {
            String sector = event.path("source").path("sector").asText("");
            boolean known =
                    Arrays.stream(Sector.values()).anyMatch(s -> s.name().equals(sector));
            if (known && !AgencyAccounts.maySendFor(agency, Sector.valueOf(sector))) {
                throw new AccessDeniedException("this account may not push events for the " + sector + " sector");
            }
            if (!AgencyAccounts.maySendAs(
                    agency, event.path("source").path("agency").asText(""))) {
                throw new AccessDeniedException("this account may push events only under its own agency code");
            }
        }
    }

    /**
     * One event under an agency code that belongs to another sector is refused (403); in an array the
     * ingest answers it {@code REJECTED} in its place, and the others go through.
     */
    private void requireOwnAgencyCode(JsonNode event, Authentication agency) {
        String code = event.path("source").path("agency").asText("");
        String sector = event.path("source").path("sector").asText("");
        java.util.Set<Sector> owners = agencyCodes.ownersOf(code);
        if (!owners.isEmpty() && owners.stream().noneMatch(s -> s.name().equals(sector))) {
            throw new AccessDeniedException("this agency code belongs to the "
                    + owners.stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(", "))
                    + " sector; send under your own agency's code");
        }
    }
}
