package org.thinkfamily.replay.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class TimelineLagTest {

    private JdbcTemplate jdbc;
    private TimelineLag lag;

    @BeforeEach
    void store() {
        jdbc = new JdbcTemplate(new SingleConnectionDataSource("jdbc:h2:mem:lag;DB_CLOSE_DELAY=-1", true));
        jdbc.execute("drop all objects");
        jdbc.execute("create table domain_event_entry (global_index bigint primary key, type varchar(255))");
        jdbc.execute("create table token_entry (processor_name varchar(255), segment int, token varbinary(10000))");
        for (long i = 1; i <= 10; i++) {
            // every third a person's event, which puts nothing on the timeline
            jdbc.update("insert into domain_event_entry values (?, ?)", i, i % 3 == 0 ? "Person" : "AgencyEvent");
        }
        lag = new TimelineLag(jdbc, new ObjectMapper());
    }

    @Test
    void counts_the_agency_events_stored_past_the_timelines_position() {
        token("timeline", 0, "{\"index\":4,\"gaps\":[]}");
        token("access-log", 0, "{\"index\":10,\"gaps\":[]}");

        assertThat(lag.events()).isEqualTo(4); // 5, 7, 8, 10

        token("timeline", 0, "{\"index\":10,\"gaps\":[]}");
        assertThat(lag.events()).isZero();
    }

    @Test
    void a_timeline_without_a_position_is_behind_by_everything_and_of_several_segments_the_lowest_counts() {
        assertThat(lag.events()).isEqualTo(7);

        token("timeline", 0, "{\"index\":9,\"gaps\":[]}");
        token("timeline", 1, "{\"index\":2,\"gaps\":[]}");
        assertThat(lag.events()).isEqualTo(5); // 4, 5, 7, 8, 10

        jdbc.update("update token_entry set token = null where segment = 1");
        assertThat(lag.events()).isEqualTo(7);
    }

    private void token(String processor, int segment, String json) {
        jdbc.update("delete from token_entry where processor_name = ? and segment = ?", processor, segment);
        jdbc.update(
                "insert into token_entry values (?, ?, ?)", processor, segment, json.getBytes(StandardCharsets.UTF_8));
    }
}
