package org.thinkfamily.replay.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.thinkfamily.hub.identity.matching.BlockingKeys;
import org.thinkfamily.hub.identity.matching.MatchRecord;
import org.thinkfamily.hub.identity.matching.PersonMatcher.Candidate;

/**
 * The hub's blocking over people held in memory: the candidates for a record are the people born on its
 * birth date, on that date with day and month swapped, or of the same family-name key born the same
 * year (keys from {@link BlockingKeys}, as the hub's person directory stores them), at most
 * {@link BlockingKeys#MAX_CANDIDATES}, the hub's own cap. A record without a birth date has no candidates, as in the hub.
 * <p>
 * As in the hub, the birth-date matches come first, then the family-name key's (here in the order people
 * were indexed, there by person id).
 */
public final class PersonIndex {

    private record FamilyYear(String familyKey, int year) {}

    private final Candidate[] people;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<LocalDate, int[]> byBirthDate;
    private final Map<FamilyYear, int[]> byFamilyYear;

    private PersonIndex(List<Candidate> people) {
        this.people = people.toArray(Candidate[]::new);
        Map<LocalDate, List<Integer>> dates = new HashMap<>();
        Map<FamilyYear, List<Integer>> families = new HashMap<>();
        for (int i = 0; i < this.people.length; i++) {
            MatchRecord record = this.people[i].record();
            numbers.put(this.people[i].personId(), i);
            if (record.birthDate() == null) {
                continue; // never a candidate: every key of the hub's query needs a birth date or year
            }
            dates.computeIfAbsent(record.birthDate(), k -> new ArrayList<>()).add(i);
            String key = BlockingKeys.familyKey(record.family());
            if (key != null) {
                families.computeIfAbsent(new FamilyYear(key, record.birthDate().getYear()), k -> new ArrayList<>())
                        .add(i);
            }
        }
        byBirthDate = packed(dates);
        byFamilyYear = packed(families);
    }

    public static PersonIndex of(List<Candidate> people) {
        return new PersonIndex(people);
    }

    public int size() {
        return people.length;
    }

    /** The person of that id as the index holds them, or null. */
    public Candidate person(String personId) {
        Integer number = numbers.get(personId);
        return number == null ? null : people[number];
    }

    /** The people the record is scored against, at most {@link BlockingKeys#MAX_CANDIDATES}. */
    public List<Candidate> candidates(MatchRecord incoming) {
        LocalDate birth = incoming.birthDate();
        if (birth == null) {
            return List.of(); // names alone are too weak to block on
        }
        LocalDate swapped = BlockingKeys.swappedBirthDate(birth);
        List<Candidate> found = new ArrayList<>();
        addAll(found, byBirthDate.get(birth), null, null);
        if (!swapped.equals(birth)) {
            addAll(found, byBirthDate.get(swapped), null, null);
        }
        String key = BlockingKeys.familyKey(incoming.family());
        if (key != null) {
            addAll(
                    found,
                    byFamilyYear.get(new FamilyYear(key, birth.getYear())),
                    birth,
                    swapped); // skip those found by date
        }
        return found;
    }

    /** Whether the record and the person share a blocking key: the person is a candidate but for the cap. */
    public static boolean shareAKey(MatchRecord incoming, MatchRecord person) {
        LocalDate birth = incoming.birthDate();
        if (birth == null || person.birthDate() == null) {
            return false;
        }
        if (person.birthDate().equals(birth) || person.birthDate().equals(BlockingKeys.swappedBirthDate(birth))) {
            return true;
        }
        String key = BlockingKeys.familyKey(incoming.family());
        return key != null
                && person.birthDate().getYear() == birth.getYear()
                && key.equals(BlockingKeys.familyKey(person.family()));
    }

    private void addAll(List<Candidate> found, int[] numbers, LocalDate birth, LocalDate swapped) {
        if (numbers == null) {
            return;
        }
        for (int number : numbers) {
            if (found.size() >= BlockingKeys.MAX_CANDIDATES) {
                return;
            }
            LocalDate born = people[number].record().birthDate();
            if (birth == null || !(born.equals(birth) || Objects.equals(born, swapped))) {
                found.add(people[number]);
            }
        }
    }

    private static <K> Map<K, int[]> packed(Map<K, List<Integer>> lists) {
        Map<K, int[]> packed = new HashMap<>(lists.size() * 2);
        lists.forEach((key, numbers) ->
                packed.put(key, numbers.stream().mapToInt(Integer::intValue).toArray()));
        return packed;
    }
}
