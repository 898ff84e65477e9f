package org.thinkfamily.hub.deadletter;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deletes the dead letters that hold an erased person's data. A letter was never accepted, so nothing in the
 * event store refers to it; its raw payload is found by what the person was known by.
 */
@Component
public class DeadLetterErasure {

    /**
     * What identifies a person in a raw payload: any one of their identifiers' values, or their family name
     * together with their birth date (as ISO and as HL7 write it).
     */
    public record Traces(Collection<String> identifierValues, Collection<NameAndBirth> namesAndBirthDates) {}

    public record NameAndBirth(String familyName, String isoBirthDate) {}

    private final JdbcTemplate jdbc;

    DeadLetterErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return how many letters were deleted */
    public int erase(Traces traces) {
        int deleted = 0;
        for (String value : traces.identifierValues()) {
            if (value == null || value.isBlank()) {
                continue;
            }
            for (String form : forms(value)) {
                deleted += jdbc.update(
                        "delete from dead_letter where payload like ? escape '!'", "%" + escaped(form) + "%");
            }
        }
        for (NameAndBirth person : traces.namesAndBirthDates()) {
            if (person.familyName() == null || person.familyName().isBlank() || person.isoBirthDate() == null) {
                continue;
            }
            String name = "%" + escaped(person.familyName()) + "%";
            deleted += jdbc.update(
                    "delete from dead_letter where upper(payload) like upper(?) escape '!' and (payload like ? escape '!'"
                            + " or payload like ? escape '!')",
                    name,
                    "%" + escaped(person.isoBirthDate()) + "%",
                    "%" + escaped(person.isoBirthDate().replace("-", "")) + "%");
        }
        return deleted;
    }

    /** A ten-digit NHS number is also written in 3-3-4 groups. */
    private static List<String> forms(String value) {
        if (value.matches("\\d{10}")) {
            return List.of(value, value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6));
        }
        return List.of(value);
    }

    private static String escaped(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
