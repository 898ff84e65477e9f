package org.thinkfamily.connectors.police;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.thinkfamily.connectors.support.ConnectorMetrics;
import org.thinkfamily.connectors.support.JsonFields;
import org.thinkfamily.connectors.support.RecordProblem;
import org.thinkfamily.contracts.published.canonical.FieldError;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.deadletter.DeadLetter;
import org.thinkfamily.contracts.published.deadletter.DeadLetterPort;
import org.thinkfamily.contracts.published.deadletter.ReplayableDoor;
import org.thinkfamily.contracts.published.ingest.IngestPort;
import org.thinkfamily.contracts.published.ingest.IngestResult;
import org.thinkfamily.contracts.published.ingest.IngestStatus;

/**
 * Operation Encompass notifications as JSON (the file's columns in camelCase), over HTTP or from the
 * RabbitMQ queue: one object per child, or an array; objects with the same {@code notificationId} are
 * one incident. Each notification is applied or dead-lettered whole.
 */
@Component
public class EncompassMessages implements ReplayableDoor {

    public static final String DOOR = "police-encompass-json";

    private final EncompassLayout layout = new EncompassLayout();
    private final IngestPort ingest;
    private final DeadLetterPort deadLetters;
    private final ObjectMapper objectMapper;
    private final ConnectorMetrics metrics;

    EncompassMessages(IngestPort ingest, DeadLetterPort deadLetters, ObjectMapper objectMapper, MeterRegistry meters) {
        this.ingest = ingest;
        this.deadLetters = deadLetters;
        this.objectMapper = objectMapper;
        this.metrics = new ConnectorMetrics(meters, DOOR);
    }

    @Override
    public String door() {
        return DOOR;
    }

    @Override
    public List<IngestResult> replay(String payload, String actor) {
        try {
            return take(objectMapper.readTree(payload), actor, "replay", false);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the payload is not JSON");
        }
    }

    /**
     * @param message one notification row (object) or several (array)
     * @throws IllegalArgumentException when the message is neither an object nor an array of objects
     */
    public List<IngestResult> take(JsonNode message, String actor, String location) {
        return take(message, actor, location, true);
    }

    private List<IngestResult> take(JsonNode message, String actor, String location, boolean deadLetter) {
        List<JsonNode> objects = new ArrayList<>();
        if (message.isObject()) {
            objects.add(message);
        } else if (message.isArray()) {
            message.forEach(objects::add);
        }
        if (objects.isEmpty() || objects.stream().anyMatch(o -> !o.isObject())) {
            throw new IllegalArgumentException("a notification is a JSON object, or an array of them (one per child)");
        }
        Map<String, List<JsonFields>> notifications = new LinkedHashMap<>();
        for (JsonNode object : objects) {
            JsonFields fields = new JsonFields(object);
            String key = fields.get("notification_id");
            notifications
                    .computeIfAbsent(key == null ? "#" + System.identityHashCode(object) : key, k -> new ArrayList<>())
                    .add(fields);
        }
        List<IngestResult> results = new ArrayList<>();
        for (List<JsonFields> rows : notifications.values()) {
            IngestResult result;
            try {
                result = ingest.ingest(layout.map(rows, null), actor);
            } catch (RecordProblem problem) {
                result = IngestResult.rejected(
                        rows.get(0).get("notification_id"),
                        List.of(new FieldError(JsonFields.camelCase(problem.field()), problem.getMessage())));
            }
            if (result.status() == IngestStatus.REJECTED && deadLetter) {
                deadLetters.store(new DeadLetter(
                        DOOR,
                        null,
                        Sector.POLICE,
                        location,
                        result.errors().stream().map(FieldError::message).collect(Collectors.joining("; ")),
                        rows.size() == 1
                                ? rows.get(0).object().toString()
                                : objectMapper
                                        .valueToTree(rows.stream()
                                                .map(JsonFields::object)
                                                .toList())
                                        .toString(),
                        "application/json"));
            }
            metrics.record(result.status().name());
            results.add(result);
        }
        return results;
    }
}
