package org.thinkfamily.replay.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thinkfamily.hub.projection.ProcessingGroups;

/**
 * How far the timeline is behind the store: the agency events stored past the position its processor last
 * committed. It reads the token store and a range of the event store's primary key as long as the lag itself.
 * Counting the whole timeline instead cost PostgreSQL 15 to 26 ms a sample on a few hundred thousand rows, the
 * largest single statement of a measured load, taken from the hub being measured.
 */
final class TimelineLag {

    /** The aggregate type of the events that each put one entry on the timeline. */
    private static final String AGENCY_EVENT = "AgencyEvent";

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;

    TimelineLag(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** Agency events stored but not yet on the timeline (its lowest segment's position, when it has several). */
    long events() {
        List<byte[]> tokens = jdbc.queryForList(
                "select token from token_entry where processor_name = ?", byte[].class, ProcessingGroups.TIMELINE);
        long position = tokens.isEmpty() ? -1 : Long.MAX_VALUE;
        for (byte[] token : tokens) {
            position = Math.min(position, position(token));
        }
        Long behind = jdbc.queryForObject(
                "select count(*) from domain_event_entry where global_index > ? and type = ?",
                Long.class,
                position,
                AGENCY_EVENT);
        return behind == null ? 0 : behind;
    }

    /** The global index a tracking token has reached; -1 before the first event or for a token of another shape. */
    private long position(byte[] token) {
        if (token == null) {
            return -1;
        }
        try {
            JsonNode tree = mapper.readTree(token);
            return tree.path("index").asLong(-1);
        } catch (IOException notJson) {
            return -1;
        }
    }
}
