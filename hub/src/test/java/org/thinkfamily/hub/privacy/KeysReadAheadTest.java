package org.thinkfamily.hub.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.thinkfamily.contracts.agencyevent.EventNarrative;

/**
 * A rebuild reads the keys of a chunk of events together: the subjects are found in the stored bytes without
 * parsing them, read in one go, and used on that thread until it closes the read-ahead; a subject with no key
 * stays without one, and one erased stays erased.
 */
class KeysReadAheadTest {

    private JdbcTemplate jdbc;
    private DatabasePersonKeys keys;
    private ObjectMapper json;

    @BeforeEach
    void keyTable() {
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(
                "jdbc:h2:mem:keys-read-ahead-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", true));
        jdbc.execute("create table person_key (data_subject varchar(64) not null primary key, key_bytes varbinary(64),"
                + " created_at timestamp with time zone not null, erased_at timestamp with time zone)");
        // a key the node remembers is forgotten at once: each key is read ahead or read again
        keys = new DatabasePersonKeys(jdbc, new PrivacyProperties(1_000, Duration.ZERO, Duration.ofHours(1), 25));
        json = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new PersonalDataModule(PersonalDataProtector.sealedUnder(keys)))
                .build();
    }

    @Test
    void the_subjects_of_every_sealed_value_are_found_in_the_stored_bytes() throws Exception {
        keys.keyFor("p1");
        keys.keyFor("p2");
        keys.keyFor("p3");
        byte[] two =
                json.writeValueAsBytes(new Sealed(narrative("first", "p1", "p2"), narrative("second", "p1", "p2")));
        byte[] one = json.writeValueAsBytes(new Sealed(narrative("third", "p3"), null));
        keys.destroy(List.of("p3"));
        byte[] erased = json.writeValueAsBytes(new Sealed(narrative("fourth", "p3"), null));

        List<String> found = new ArrayList<>();
        SealedSubjects.in(two, found);
        SealedSubjects.in(one, found);
        SealedSubjects.in(erased, found);
        assertThat(found).containsExactly("p1", "p2", "p1", "p2", "p3", "p3");

        List<String> none = new ArrayList<>();
        SealedSubjects.in("{\"narrative\":{\"dataSubjects\":[\"p1".getBytes(StandardCharsets.UTF_8), none);
        SealedSubjects.in("{\"dataSubjects\":[".getBytes(StandardCharsets.UTF_8), none);
        SealedSubjects.in(new byte[0], none);
        assertThat(none).as("cut short: nothing, and no failure").isEmpty();
    }

    @Test
    void keys_read_ahead_serve_this_thread_until_closed() throws Exception {
        keys.keyFor("p1");
        keys.keyFor("p2");
        keys.keyFor("gone");
        byte[] stored = json.writeValueAsBytes(new Sealed(narrative("first", "p1", "p2"), null));
        keys.destroy(List.of("gone"));

        try (PersonKeys.ReadAhead ahead =
                PersonalDataProtector.sealedUnder(keys).readAhead(List.of(stored))) {
            PersonKeys.ReadAhead more = keys.readAhead(Set.of("gone", "never"));
            // the rows go: what was read ahead is still used, so nothing is read one subject at a time
            jdbc.update("delete from person_key where data_subject in ('p1', 'p2')");
            assertThat(json.readValue(stored, Sealed.class).first().summary()).isEqualTo("first");
            assertThat(keys.existing("gone")).as("erased stays erased").isEmpty();
            assertThat(keys.existing("never")).isEmpty();
            assertThat(keys.keyFor("never")).as("no key yet: one is made").isPresent();
            more.close();
        }
        assertThat(keys.existing("p1"))
                .as("closed: read again, and the row is gone")
                .isEmpty();
        assertThat(keys.existing("never")).isPresent();
    }

    /** An event's narrative, sealed under everyone it names. */
    private static EventNarrative narrative(String summary, String... people) {
        return new EventNarrative(people[0], summary, Map.of(), List.of(), List.of(people), false);
    }

    /** An event with one or two sealed values. */
    record Sealed(EventNarrative first, EventNarrative second) {}
}
