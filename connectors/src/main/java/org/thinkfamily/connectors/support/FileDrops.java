package org.thinkfamily.connectors.support;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;

import java.util.function.BiFunction;

/**
 * The one way a file drop is consumed: files (CSV unless said otherwise) in the connector's folder, taken once they have stopped
 * changing, moved to {@code .done/} (or {@code .failed/} when unreadable as a whole) only after every
 * record is committed or dead-lettered. A failure midway (the database away) leaves the file where it
 * is, to be taken again; records already committed then answer DUPLICATE.
 */
public final class FileDrops {

    static final String OUTCOME = "ThinkFamilyFileOutcome";

    private FileDrops() {
    }

    public static RouteDefinition from(RouteBuilder builder, ConnectorProperties properties, String connector,
                                       BiFunction<String, byte[], String> processFile) {
        return from(builder, properties, connector, "csv", processFile);
    }

    /** @param extension the files taken, by ending (case-insensitive): {@code csv}, {@code hl7} */
    public static RouteDefinition from(RouteBuilder builder, ConnectorProperties properties, String connector, String extension,
                                       BiFunction<String, byte[], String> processFile) {
        builder.onException(Exception.class)
                .handled(false).logExhausted(false).logStackTrace(false)
                .log(LoggingLevel.ERROR, "file processing failed, the file stays to be taken again: connector=" + connector
                        + " cause=${exception.class}");
        String uri = "file:" + properties.directoryOf(connector).toAbsolutePath()
                + "?charset=UTF-8&readLock=changed&readLockMinAge=500&readLockCheckInterval=250"
                + "&include=RAW((?i).*\\." + extension + ")&move=${header." + OUTCOME + "}/${file:name}"
                + "&delay=" + properties.pollEvery().toMillis() + "&initialDelay=500&autoCreate=true";
        return builder.from(uri)
                .routeId(connector)
                .process(exchange -> {
                    String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
                    exchange.getIn().setHeader(OUTCOME, processFile.apply(name, exchange.getIn().getBody(byte[].class)));
                });
    }
}
