package org.thinkfamily.connectors.canonical;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.thinkfamily.connectors.support.Failures;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.FieldError;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.deadletter.DeadLetter;
import org.thinkfamily.contracts.published.deadletter.DeadLetterPort;
import org.thinkfamily.contracts.published.deadletter.ReplayableDoor;
import org.thinkfamily.contracts.published.ingest.IngestPort;
import org.thinkfamily.contracts.published.ingest.IngestResult;
import org.thinkfamily.contracts.published.ingest.IngestStatus;

/**
 * The canonical JSON door, whichever way the JSON comes (the hub's HTTP API, a RabbitMQ queue): reads one event
 * and ingests it. JSON that is not a canonical event is {@code REJECTED} with the field at fault; every rejection
 * is dead-lettered with the JSON as sent, and can be replayed through this door. What a rejection means for the
 * transport (an HTTP status, an acknowledgement) is the caller's.
 */
@Component
public class CanonicalJson implements ReplayableDoor {

    public static final String DOOR = ReplayableDoor.CANONICAL_EVENTS;
    private static final Logger log = LoggerFactory.getLogger(CanonicalJson.class);

    private final IngestPort ingest;
    private final ObjectMapper objectMapper;
    private final DeadLetterPort deadLetters;

    public CanonicalJson(IngestPort ingest, ObjectMapper objectMapper, DeadLetterPort deadLetters) {
        this.ingest = ingest;
        this.objectMapper = objectMapper;
        this.deadLetters = deadLetters;
    }

    @Override
    public String door() {
        return DOOR;
    }

    @Override
    public List<IngestResult> replay(String payload, String actor) {
        JsonNode node;
        try {
            node = objectMapper.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the payload is not JSON");
        }
        return List.of(ingest(node, actor, "replay"));
    }

    /**
     * One event already read as JSON (an element of an HTTP body).
     *
     * @param location where it came in, for the dead letter: {@code POST /api/v1/events, event [2]}
     */
    public IngestResult ingest(JsonNode node, String actor, String location) {
        return ingest(node, node.toString(), actor, location);
    }

    /**
     * Several events already read as JSON (an HTTP array), each applied or rejected on its own and committed
     * together: one result per event, in order; every rejection is dead-lettered.
     *
     * @param location where the i-th came in, for its dead letter
     */
    public List<IngestResult> ingestEach(List<JsonNode> nodes, String actor, IntFunction<String> location) {
        IngestResult[] results = new IngestResult[nodes.size()];
        List<Integer> readable = new ArrayList<>();
        List<CanonicalEvent> events = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Object read = parse(nodes.get(i));
            if (read instanceof CanonicalEvent event) {
                readable.add(i);
                events.add(event);
            } else {
                results[i] = (IngestResult) read;
            }
        }
        if (!events.isEmpty()) {
            List<IngestResult> recorded = ingest.ingestEach(events, actor);
            for (int k = 0; k < readable.size(); k++) {
                results[readable.get(k)] = recorded.get(k);
            }
        }
        for (int i = 0; i < results.length; i++) {
            if (results[i].status() == IngestStatus.REJECTED) {
                deadLetter(nodes.get(i), nodes.get(i).toString(), location.apply(i), results[i]);
            }
        }
        return List.of(results);
    }

    /** One event as text (a queue message): text that is not JSON is rejected and dead-lettered as it came. */
    public IngestResult ingest(String text, String actor, String location) {
        JsonNode node;
        try {
            node = objectMapper.readTree(text);
        } catch (JsonProcessingException unreadable) {
            IngestResult result = IngestResult.rejected(
                    null, List.of(new FieldError("", "the message is not a canonical event in JSON")));
            deadLetter(null, null, location, result, text);
            return result;
        }
        return ingest(node, text, actor, location);
    }

    private IngestResult ingest(JsonNode node, String payload, String actor, String location) {
        IngestResult result = read(node, actor);
        if (result.status() == IngestStatus.REJECTED) {
            deadLetter(node, payload, location, result);
        }
        return result;
    }

    private void deadLetter(JsonNode node, String payload, String location, IngestResult result) {
        JsonNode source = node.path("source");
        Sector sector = Arrays.stream(Sector.values())
                .filter(s -> s.name().equals(source.path("sector").asText()))
                .findFirst()
                .orElse(null);
        deadLetter(
                source.path("agency").isTextual() ? source.path("agency").asText() : null,
                sector,
                location,
                result,
                payload);
    }

    private void deadLetter(String agency, Sector sector, String location, IngestResult result, String payload) {
        deadLetters.store(new DeadLetter(
                DOOR,
                agency,
                sector,
                location,
                result.errors().stream()
                        .map(e -> e.field() + ": " + e.message())
                        .collect(Collectors.joining("; ")),
                payload,
                "application/json"));
    }

    private IngestResult read(JsonNode node, String actor) {
        Object read = parse(node);
        if (!(read instanceof CanonicalEvent event)) {
            return (IngestResult) read;
        }
        String messageId = event.source() == null ? null : event.source().messageId();
        try {
            return ingest.ingest(event, actor);
        } catch (RuntimeException failed) {
            if (Failures.transientCause(failed)) {
                throw failed; // the database away: the request fails whole, or the message goes back on its queue
            }
            // a record the hub cannot store (a rule it lacks, a bug): refused alone, kept, its neighbours still taken
            String incident = UUID.randomUUID().toString();
            log.error("event could not be recorded, incident {}: {}", incident, Failures.describe(failed));
            return IngestResult.rejected(
                    messageId,
                    List.of(new FieldError(
                            "",
                            "the hub could not record this event; it is kept as a dead letter; quote incident "
                                    + incident)));
        }
    }

    /** The canonical event the JSON holds, or the rejection saying why it holds none. */
    private Object parse(JsonNode node) {
        String messageId = node.path("source").path("messageId").isTextual()
                ? node.path("source").path("messageId").asText()
                : null;
        CanonicalEvent event;
        try {
            event = objectMapper.treeToValue(node, CanonicalEvent.class);
        } catch (JsonMappingException e) {
            return IngestResult.rejected(messageId, List.of(new FieldError(pathOf(e), reasonOf(e))));
        } catch (JsonProcessingException e) {
            return IngestResult.rejected(messageId, List.of(new FieldError("", "is not a canonical event")));
        }
        if (event == null) { // JSON null, or nothing at all (an empty queue message)
            return IngestResult.rejected(messageId, List.of(new FieldError("", "is not a canonical event")));
        }
        return event;
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
        return type.isRecord() || Map.class.isAssignableFrom(type) ? "an object" : type.getSimpleName();
    }
}
