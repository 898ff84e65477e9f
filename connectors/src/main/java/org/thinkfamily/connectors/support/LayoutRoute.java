package org.thinkfamily.connectors.support;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.apache.camel.builder.RouteBuilder;
import org.thinkfamily.contracts.published.deadletter.DeadLetterPort;
import org.thinkfamily.contracts.published.deadletter.ReplayableDoor;
import org.thinkfamily.contracts.published.ingest.IngestPort;
import org.thinkfamily.contracts.published.ingest.IngestResult;

/**
 * The route of a file drop whose records are rows of one {@link RowLayout}: one subclass per
 * integration, which names its layout. Also the door its dead letters are replayed through.
 */
public abstract class LayoutRoute extends RouteBuilder implements ReplayableDoor {

    private final RowLayout layout;
    private final ConnectorProperties properties;
    private final RecordFile records;
    private final FileRefusals refusals;

    protected LayoutRoute(
            RowLayout layout,
            ConnectorProperties properties,
            IngestPort ingest,
            DeadLetterPort deadLetters,
            MeterRegistry meters) {
        this.layout = layout;
        this.properties = properties;
        this.records = new RecordFile(
                layout,
                ingest,
                deadLetters,
                new ConnectorMetrics(meters, layout.connector()),
                properties.drop(layout.connector()));
        this.refusals = new FileRefusals(
                deadLetters,
                layout.connector(),
                properties.drop(layout.connector()).agency(),
                layout.sector(),
                "text/csv");
    }

    @Override
    public void configure() {
        FileDrops.from(
                this,
                properties,
                layout.connector(),
                refusals,
                (name, content) -> records.process(name, content).folder());
    }

    @Override
    public String door() {
        return layout.connector();
    }

    @Override
    public List<IngestResult> replay(String payload, String actor) {
        return records.replay(payload, actor);
    }
}
