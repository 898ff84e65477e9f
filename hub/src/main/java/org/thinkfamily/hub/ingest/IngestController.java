package org.thinkfamily.hub.ingest;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.thinkfamily.contracts.canonical.CanonicalEvent;
import org.thinkfamily.contracts.canonical.FieldError;
import org.thinkfamily.contracts.canonical.Sector;
import org.thinkfamily.contracts.ingest.IngestResult;
import org.thinkfamily.hub.access.AgencyAccounts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code POST /api/v1/events}: one canonical event or an array of them, one result per event in order.
 * The body must be JSON (else 400); an event that is JSON but not a valid canonical event is
 * {@code REJECTED} on its own with the field at fault, and the others still go through.
 */
@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Ingest", description = "Agencies push canonical events")
class IngestController {

    private final IngestService ingest;
    private final ObjectMapper objectMapper;
    private final IngestProperties properties;

    IngestController(IngestService ingest, ObjectMapper objectMapper, IngestProperties properties) {
        this.ingest = ingest;
        this.objectMapper = objectMapper;
        this.properties = properties;
    }

    record IngestResponse(List<IngestResult> results) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Push one canonical event or an array of them",
            description = "Each result is ACCEPTED (durable before this answer), DUPLICATE (same agency and messageId seen before) or REJECTED with field errors.")
    IngestResponse push(@RequestBody JsonNode body, Authentication agency) {
        List<JsonNode> events = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(events::add);
        } else if (body.isObject()) {
            events.add(body);
        } else {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the body must be one canonical event (a JSON object) or an array of them");
        }
        if (events.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the array holds no events");
        }
        if (events.size() > properties.maxEventsPerRequest()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "at most " + properties.maxEventsPerRequest() + " events per request");
        }
        requireOwnSector(events, agency);
        return new IngestResponse(events.stream().map(node -> ingestOne(node, agency.getName())).toList());
    }

    /** An agency writes only its own sector: one event for another sector refuses the whole request. */
    private static void requireOwnSector(List<JsonNode> events, Authentication agency) {
        for (JsonNode event : events) {
            String sector = event.path("source").path("sector").asText("");
            boolean known = Arrays.stream(Sector.values()).anyMatch(s -> s.name().equals(sector));
            if (known && !AgencyAccounts.maySendFor(agency, Sector.valueOf(sector))) {
                throw new AccessDeniedException("this account may not push events for the " + sector + " sector");
            }
        }
    }

    private IngestResult ingestOne(JsonNode node, String actor) {
        String messageId = node.path("source").path("messageId").isTextual() ? node.path("source").path("messageId").asText() : null;
        CanonicalEvent event;
        try {
            event = objectMapper.treeToValue(node, CanonicalEvent.class);
        } catch (JsonMappingException e) {
            return IngestResult.rejected(messageId, List.of(new FieldError(pathOf(e), reasonOf(e))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return IngestResult.rejected(messageId, List.of(new FieldError("", "is not a canonical event")));
        }
        return ingest.ingest(event, actor);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Says what was expected, never echoing the value sent (it may be personal data). */
    private static String reasonOf(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            Class<?> target = invalid.getTargetType();
            if (target.isEnum()) {
                return "is not one of " + Arrays.toString(target.getEnumConstants());
            }
            return switch (target.getSimpleName()) {
                case "Instant" -> "must be a date and time with an offset, e.g. 2026-11-20T22:15:00Z";
                case "LocalDate" -> "must be a date, yyyy-MM-dd";
                default -> "has the wrong format for " + target.getSimpleName();
            };
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "has the wrong JSON type: expected " + describe(mismatched.getTargetType());
        }
        return "cannot be read as part of a canonical event";
    }

    private static String describe(Class<?> type) {
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        return type.isRecord() || java.util.Map.class.isAssignableFrom(type) ? "an object" : type.getSimpleName();
    }
}
