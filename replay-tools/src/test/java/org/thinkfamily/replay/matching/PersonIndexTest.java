package org.thinkfamily.replay.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.thinkfamily.contracts.published.canonical.Sex;
import org.thinkfamily.hub.identity.matching.BlockingKeys;
import org.thinkfamily.hub.identity.matching.MatchRecord;
import org.thinkfamily.hub.identity.matching.PersonMatcher.Candidate;

class PersonIndexTest {

    @Test
    void the_candidates_are_everyone_sharing_a_blocking_key_with_the_record() {
        SyntheticPopulation population = SyntheticPopulation.generate(20_000, 11);
        List<Candidate> people = population.people().stream()
                .map(p -> new Candidate(p.personId(), p.asIndexed()))
                .toList();
        PersonIndex index = PersonIndex.of(people);
        for (AgencyRecord record : SyntheticRecords.generate(population, 500, 11)) {
            int year = record.record().birthDate().getYear(); // every key keeps the year: look no further
            Set<String> expected = people.stream()
                    .filter(c -> c.record().birthDate().getYear() == year)
                    .filter(c -> PersonIndex.shareAKey(record.record(), c.record()))
                    .map(Candidate::personId)
                    .collect(Collectors.toSet());
            List<Candidate> found = index.candidates(record.record());
            Set<String> ids = found.stream().map(Candidate::personId).collect(Collectors.toSet());
            assertThat(ids).hasSize(found.size()); // no one twice
            if (expected.size() <= BlockingKeys.MAX_CANDIDATES) {
                assertThat(ids).isEqualTo(expected);
            } else {
                assertThat(found).hasSize(BlockingKeys.MAX_CANDIDATES);
                assertThat(expected).containsAll(ids);
            }
        }
    }

    @Test
    void the_swapped_date_and_the_family_key_in_the_year_find_people_and_the_cap_is_two_hundred() {
        LocalDate born = LocalDate.of(2015, 3, 2);
        List<Candidate> people = new ArrayList<>();
        people.add(new Candidate("swapped", record("Jane", "Smith", LocalDate.of(2015, 2, 3))));
        people.add(new Candidate("same-sound", record("Jane", "Smyth", LocalDate.of(2015, 11, 30))));
        people.add(new Candidate("other-year", record("Jane", "Smith", LocalDate.of(2014, 3, 2))));
        people.add(new Candidate("other-sound", record("Jane", "Jones", LocalDate.of(2015, 3, 3))));
        for (int i = 0; i < 250; i++) {
            people.add(new Candidate("same-day-" + i, record("Child", "Family", born)));
        }
        PersonIndex index = PersonIndex.of(people);

        List<Candidate> found = index.candidates(record("Jane", "Smith", born));
        assertThat(found).hasSize(BlockingKeys.MAX_CANDIDATES);
        List<String> few = PersonIndex.of(people.subList(0, 10)).candidates(record("Jane", "Smith", born)).stream()
                .map(Candidate::personId)
                .toList();
        assertThat(few).contains("swapped", "same-sound", "same-day-0").doesNotContain("other-year", "other-sound");
        assertThat(index.candidates(record("Jane", "Smith", null))).isEmpty();
    }

    private static MatchRecord record(String given, String family, LocalDate born) {
        return new MatchRecord(given, family, born, Sex.FEMALE, null, null, Map.of());
    }
}
