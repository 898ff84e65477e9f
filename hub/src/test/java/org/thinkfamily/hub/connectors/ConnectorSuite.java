package org.thinkfamily.hub.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Objects;
import java.util.stream.StreamSupport;
import org.awaitility.core.ConditionFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.thinkfamily.hub.support.RunningHub;

/**
 * A connector suite on the running hub (the embedded default, a hub of the suite's own settings): what the suites
 * share: the samples the connectors module ships, an inbox of the suite's own, the MLLP listener, dropping files
 * as agencies' systems do, and waiting for the hub to show what a connector took.
 */
abstract class ConnectorSuite extends RunningHub {

    static final Path SAMPLES = Path.of("../connectors/src/test/resources/samples");

    /** How long a suite waits for a connector and the projections to show a record. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    static ConditionFactory patiently() {
        return await().atMost(PATIENCE);
    }

    /** A fresh inbox for the file drops, polled every 200 ms. */
    static Path newInbox(DynamicPropertyRegistry registry) throws IOException {
        Path inbox = Files.createTempDirectory("thinkfamily-inbox");
        registry.add("thinkfamily.connectors.inbox", inbox::toString);
        registry.add("thinkfamily.connectors.poll-every", () -> "200ms");
        return inbox;
    }

    /** The HL7 v2 listener on, at this port (the tests' default has it off). */
    static void listenOnMllp(DynamicPropertyRegistry registry, int port) {
        registry.add("thinkfamily.connectors.hl7.enabled", () -> "true");
        registry.add("thinkfamily.connectors.hl7.port", () -> port);
    }

    static String sample(Path samples, String name) throws IOException {
        return Files.readString(samples.resolve(name), StandardCharsets.UTF_8);
    }

    /** Drops a file as an agency's system would: written aside, then moved in whole. */
    static Path dropWhole(Path inbox, String connector, byte[] content, String asName) throws IOException {
        Path folder = inbox.resolve(connector);
        Files.createDirectories(folder);
        Path staging = folder.resolve("." + asName + ".part");
        Files.write(staging, content);
        Files.move(staging, folder.resolve(asName), StandardCopyOption.ATOMIC_MOVE);
        return folder.resolve(asName);
    }

    /** Waits until the connector has taken the file and set it into {@code .done} or {@code .failed}. */
    static Path awaitMoved(Path inbox, String connector, String folder, String name) {
        Path target = inbox.resolve(connector).resolve(folder).resolve(name);
        patiently()
                .until(() -> Files.exists(target)
                        && !Files.exists(inbox.resolve(connector).resolve(name)));
        return target;
    }

    /** The family's timeline entry whose summary starts so, once the projection shows it. */
    JsonNode awaitTimelineEntry(String familyId, String summaryStart) {
        return patiently()
                .until(
                        () -> StreamSupport.stream(
                                        hub.get("manager", "/api/v1/families/" + familyId + "/timeline")
                                                .json()
                                                .get("entries")
                                                .spliterator(),
                                        false)
                                .filter(e -> e.get("summary").asText().startsWith(summaryStart))
                                .findFirst()
                                .orElse(null),
                        Objects::nonNull);
    }

    /** The one person holding the identifier. */
    JsonNode person(String system, String value) {
        JsonNode people = hub.get(
                        "manager",
                        "/api/v1/people?identifier=" + URLEncoder.encode(system + "|" + value, StandardCharsets.UTF_8))
                .json()
                .get("people");
        assertThat(people).as(system).hasSize(1);
        return people.get(0);
    }
}
