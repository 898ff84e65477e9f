package org.thinkfamily.connectors.nhs;

import java.util.ArrayList;
import java.util.List;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.thinkfamily.connectors.support.ConnectorProperties;
import org.thinkfamily.connectors.support.FileDrops;
import org.thinkfamily.connectors.support.FileRefusals;
import org.thinkfamily.connectors.support.RecordFile;
import org.thinkfamily.connectors.support.Utf8;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.deadletter.DeadLetter;
import org.thinkfamily.contracts.published.deadletter.DeadLetterPort;

/**
 * HL7 v2 messages as files ({@code data/inbox/hl7/*.hl7}), one or more per file, each starting with
 * its MSH segment; line feeds may stand in for carriage returns. Each message is taken as over MLLP,
 * without the acknowledgement: what is refused is dead-lettered.
 */
@Component
@ConditionalOnProperty(name = "thinkfamily.connectors.drops.hl7.enabled", havingValue = "true", matchIfMissing = true)
class Hl7FileRoute extends RouteBuilder {

    static final String CONNECTOR = "hl7";

    private final ConnectorProperties properties;
    private final Hl7Messages messages;
    private final DeadLetterPort deadLetters;

    Hl7FileRoute(ConnectorProperties properties, Hl7Messages messages, DeadLetterPort deadLetters) {
        this.properties = properties;
        this.messages = messages;
        this.deadLetters = deadLetters;
    }

    @Override
    public void configure() {
        FileDrops.from(
                this,
                properties,
                CONNECTOR,
                "hl7",
                new FileRefusals(deadLetters, Hl7Messages.DOOR, null, Sector.HEALTH, "x-application/hl7-v2+er7"),
                this::process);
    }

    String process(String fileName, byte[] content) {
        String text;
        try {
            text = Utf8.strict(content);
        } catch (IllegalArgumentException notUtf8) {
            deadLetters.store(new DeadLetter(
                    Hl7Messages.DOOR,
                    null,
                    Sector.HEALTH,
                    fileName + " (whole file)",
                    notUtf8.getMessage(),
                    Utf8.lenient(content),
                    "x-application/hl7-v2+er7"));
            return ".failed";
        }
        List<String> found = split(text);
        if (found.isEmpty()) {
            deadLetters.store(new DeadLetter(
                    Hl7Messages.DOOR,
                    null,
                    Sector.HEALTH,
                    fileName + " (whole file)",
                    "the file holds no HL7 message (none starts with MSH)",
                    text,
                    "x-application/hl7-v2+er7"));
            return ".failed";
        }
        for (int i = 0; i < found.size(); i++) {
            messages.take(
                    found.get(i), "connector:hl7-file", fileName + ", message " + (i + 1) + " of " + found.size());
        }
        log.info(
                "file processed: connector={} sha256={} messages={}",
                CONNECTOR,
                RecordFile.checksum(content),
                found.size());
        return ".done";
    }

    /** The messages of a file: each begins with a line starting MSH. */
    static List<String> split(String text) {
        List<String> found = new ArrayList<>();
        StringBuilder current = null;
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            if (line.startsWith("MSH")) {
                if (current != null) {
                    found.add(current.toString());
                }
                current = new StringBuilder();
            }
            if (current != null && !line.isBlank()) {
                current.append(line).append('\r');
            }
        }
        if (current != null) {
            found.add(current.toString());
        }
        return found;
    }
}
