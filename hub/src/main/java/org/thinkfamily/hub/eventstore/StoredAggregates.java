package org.thinkfamily.hub.eventstore;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which aggregates already have events in the store, for a whole batch in one read (in the caller's transaction,
 * so what the batch itself stored counts too): the duplicate check of an array of records, instead of a read
 * per record.
 */
@Component
public class StoredAggregates {

    private static final int CHUNK = 500;

    private final NamedParameterJdbcTemplate jdbc;

    StoredAggregates(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Those of {@code aggregateIds} with at least one stored event; a set the caller may add to. */
    public Set<String> amongStored(List<String> aggregateIds) {
        Set<String> stored = new HashSet<>();
        for (int start = 0; start < aggregateIds.size(); start += CHUNK) {
            stored.addAll(jdbc.queryForList(
                    "select distinct " + EventTable.SCHEMA.aggregateIdentifierColumn() + " from "
                            + EventTable.SCHEMA.domainEventTable() + " where "
                            + EventTable.SCHEMA.aggregateIdentifierColumn() + " in (:ids)",
                    Map.of("ids", aggregateIds.subList(start, Math.min(aggregateIds.size(), start + CHUNK))),
                    String.class));
        }
        return stored;
    }
}
