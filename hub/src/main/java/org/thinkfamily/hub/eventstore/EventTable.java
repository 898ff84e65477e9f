package org.thinkfamily.hub.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

/** The event store's tables as the migrations made them, and the one read that Axon's default would make slow. */
final class EventTable {

    static final EventSchema SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .timestampColumn("time_stamp")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build();

    private EventTable() {}

    /**
     * A tracking reader's next batch when its token holds gaps. Axon's default puts the range and the gaps in
     * one {@code where … or global_index in (…)}, which PostgreSQL answers by walking the whole primary key
     * whenever its statistics are missing or stale; as a union each half is one index range.
     */
    static PreparedStatement readWithGaps(
            Connection connection, EventSchema schema, long globalIndex, int batchSize, List<Long> gaps)
            throws SQLException {
        String fields = schema.trackedEventFields();
        String table = schema.domainEventTable();
        String index = schema.globalIndexColumn();
        String sql = "select " + fields + " from " + table + " where " + index + " > ? and " + index + " <= ?"
                + " union all select " + fields + " from " + table + " where " + index + " in ("
                + String.join(",", Collections.nCopies(gaps.size(), "?")) + ")"
                + " order by " + index;
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setLong(1, globalIndex);
        statement.setLong(2, globalIndex + batchSize);
        for (int i = 0; i < gaps.size(); i++) {
            statement.setLong(i + 3, gaps.get(i));
        }
        return statement;
    }
}
