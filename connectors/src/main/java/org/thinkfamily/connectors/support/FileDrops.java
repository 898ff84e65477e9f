package org.thinkfamily.connectors.support;

import java.io.File;
import java.time.Clock;
import java.util.function.BiFunction;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.model.RouteDefinition;

/**
 * The one way a file drop is consumed: files in the connector's folder, taken once they have stopped changing,
 * moved to {@code .done/} (or {@code .failed/} when refused as a whole) only after every record is committed or
 * dead-lettered. A failure midway (the database away) leaves the file where it is, to be taken again; records
 * already committed then answer DUPLICATE. What becomes of links, files of the wrong kind, stale partial files
 * and what is set aside is {@link DropFolder}'s; a second route sweeps the folder on a timer.
 */
public final class FileDrops {

    private FileDrops() {}

    public static RouteDefinition from(
            RouteBuilder builder,
            ConnectorProperties properties,
            String connector,
            FileRefusals refusals,
            BiFunction<String, byte[], String> processFile) {
        return from(builder, properties, connector, "csv", refusals, processFile);
    }

    /**
     * @param extension   the files taken, by ending (case-insensitive): {@code csv}, {@code hl7}; others are refused
     * @param processFile the file's name and bytes to the folder it goes to: {@code .done} or {@code .failed}
     */
    public static RouteDefinition from(
            RouteBuilder builder,
            ConnectorProperties properties,
            String connector,
            String extension,
            FileRefusals refusals,
            BiFunction<String, byte[], String> processFile) {
        DropFolder folder = new DropFolder(
                properties.directoryOf(connector).toAbsolutePath(),
                connector,
                extension,
                refusals,
                properties,
                processFile,
                Clock.systemUTC());
        builder.onException(Exception.class)
                .handled(false)
                .logExhausted(false)
                .logStackTrace(false)
                .log(
                        LoggingLevel.ERROR,
                        "file processing failed, the file stays to be taken again: connector=" + connector
                                + " cause=${exception.class}");
        ConnectorProperties.Files files = properties.files();
        builder.from("timer:" + connector + "-sweep?delay="
                        + files.firstSweepAfter().toMillis() + "&period="
                        + folder.sweepEvery().toMillis())
                .routeId(connector + "-sweep")
                .process(exchange -> folder.sweep());
        // noop: the file is moved by DropFolder itself (links unfollowed, owner-only); one that fails stays to be taken
        // again.
        // Names starting with a dot are never taken by the file component; partial uploads are excluded by ending.
        String uri = "file:" + properties.directoryOf(connector).toAbsolutePath()
                + "?readLock=changed&readLockMinAge=" + files.readLockMinAge().toMillis()
                + "&readLockCheckInterval=" + files.readLockCheckInterval().toMillis()
                + "&readLockMinLength=0" // an empty file is refused, not ignored
                + "&noop=true&idempotent=false&exclude=RAW((?i).*\\.(tmp|part))"
                + "&delay=" + properties.pollEvery().toMillis() + "&initialDelay="
                + files.initialDelay().toMillis() + "&autoCreate=true";
        return builder.from(uri).routeId(connector).process(exchange -> {
            @SuppressWarnings("unchecked")
            GenericFile<File> file = exchange.getIn().getBody(GenericFile.class);
            folder.take(file.getFile().toPath());
        });
    }
}
