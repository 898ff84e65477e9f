package org.thinkfamily.connectors.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Where the file drops are and how each connector is set up, as ordinary Spring properties:
 * {@code thinkfamily.connectors.inbox=data/inbox}, {@code thinkfamily.connectors.drops.benefits.agency=dwp-bradford},
 * {@code thinkfamily.connectors.drops.benefits.columns.nino=ni_number}, {@code ...drops.benefits.enabled=false}.
 *
 * @param retention   how long files stay in a drop's {@code .done/} and {@code .failed/} before they are deleted
 * @param sweepEvery  how often each drop folder is swept (links and stale partial files set aside, retention applied)
 * @param staleAfter  how long a hidden or partial file ({@code .name}, {@code *.tmp}, {@code *.part}) may sit in a
 *                    drop folder, being written, before it is set aside to {@code .failed/}
 * @param maxAttempts how many times a file whose processing fails unexpectedly (not for the database or another
 *                    resource being away, which is retried until it is back) is taken before it is set aside
 */
@ConfigurationProperties("thinkfamily.connectors")
public record ConnectorProperties(@DefaultValue("data/inbox") Path inbox,
                                  @DefaultValue("2s") Duration pollEvery,
                                  @DefaultValue("30d") Duration retention,
                                  @DefaultValue("1m") Duration sweepEvery,
                                  @DefaultValue("24h") Duration staleAfter,
                                  @DefaultValue("5") int maxAttempts,
                                  Map<String, Drop> drops) {

    public ConnectorProperties {
        drops = drops == null ? Map.of() : Map.copyOf(drops);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("thinkfamily.connectors.max-attempts must be at least 1");
        }
    }

    /**
     * @param directory where this drop's files arrive; defaults to the inbox folder of the connector's name
     * @param agency    the agency code its records are from, where the file does not say
     * @param columns   the layout's column name to the name this authority's export uses
     */
    public record Drop(@DefaultValue("true") boolean enabled, Path directory, String agency, Map<String, String> columns) {
        public Drop {
            columns = columns == null ? Map.of() : Map.copyOf(columns);
        }
    }

    public Drop drop(String connector) {
        return drops.getOrDefault(connector, new Drop(true, null, null, Map.of()));
    }

    public Path directoryOf(String connector) {
        Drop drop = drop(connector);
        return drop.directory() != null ? drop.directory() : inbox.resolve(connector);
    }
}
