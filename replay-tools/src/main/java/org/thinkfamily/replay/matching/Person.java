package org.thinkfamily.replay.matching;

import java.time.LocalDate;
import java.util.Map;
import org.thinkfamily.contracts.published.canonical.Sex;
import org.thinkfamily.hub.identity.matching.MatchRecord;

/**
 * One person of the synthetic population as they truly are: the strong identifiers they have
 * ({@code identifiers}), and of those the ones the hub's index holds for them ({@code known}).
 */
public record Person(
        String personId,
        int household,
        String given,
        String family,
        LocalDate birthDate,
        Sex sex,
        String postcode,
        String uprn,
        Map<String, String> identifiers,
        Map<String, String> known) {

    public Person {
        identifiers = Map.copyOf(identifiers);
        known = Map.copyOf(known);
    }

    /** What the index holds of this person, as the hub's directory would give it to the matcher. */
    public MatchRecord asIndexed() {
        return new MatchRecord(given, family, birthDate, sex, postcode, uprn, known);
    }
}
