package org.thinkfamily.replay.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.thinkfamily.contracts.published.canonical.Sex;
import org.thinkfamily.contracts.published.identifier.NhsNumber;
import org.thinkfamily.contracts.published.identifier.NiNumber;
import org.thinkfamily.contracts.published.identifier.Upn;

/**
 * A synthetic population in households, the same for the same seed: one or two adults (a couple
 * mostly sharing a surname), none to four children, some single parents; a postcode and UPRN per
 * household; adults born 1950-2005, children 2008-2025; twins in about 1.5% of births; an NHS number
 * for most, a UPN for children of school age, a National Insurance number for most adults. The index
 * holds only some of each person's identifiers, as the hub learns them from what agencies send.
 */
public final class SyntheticPopulation {

    static final LocalDate CHILDREN_FROM = LocalDate.of(2008, 1, 1);
    static final LocalDate CHILDREN_TO = LocalDate.of(2025, 12, 31);
    static final LocalDate SCHOOL_AGE_FROM = LocalDate.of(2008, 9, 1); // in school in 2026
    static final LocalDate SCHOOL_AGE_TO = LocalDate.of(2022, 8, 31);
    static final double TWIN_BIRTHS = 0.015;
    static final long FIRST_UPRN = 100_051_000_000L;

    private final List<Person> people;
    private final int[] firstOfHousehold; // household h is people[firstOfHousehold[h] .. firstOfHousehold[h + 1])
    private final Postcodes postcodes;
    private final long seed;
    private final Numbering numbering;

    /** Where a population's person numbers (its ids and identifiers) and its UPRNs start. */
    private record Numbering(int firstPerson, int firstHousehold) {
        static final Numbering FROM_ZERO = new Numbering(0, 0);
    }

    private SyntheticPopulation(List<Person> people, Postcodes postcodes, long seed, Numbering numbering) {
        this.people = List.copyOf(people);
        this.postcodes = postcodes;
        this.seed = seed;
        this.numbering = numbering;
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < this.people.size(); i++) {
            if (this.people.get(i).household() != starts.size() - 1) {
                if (this.people.get(i).household() != starts.size()) {
                    throw new IllegalArgumentException(
                            "people must be listed household by household, households numbered from 0");
                }
                starts.add(i);
            }
        }
        starts.add(this.people.size());
        firstOfHousehold = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A population made by hand, household by household (households numbered 0, 1, ...); person ids are theirs. */
    public static SyntheticPopulation of(List<Person> people) {
        return new SyntheticPopulation(people, null, 0, Numbering.FROM_ZERO);
    }

    public static SyntheticPopulation generate(int size, long seed) {
        return new Generator(size, seed).generate();
    }

    /**
     * A population of that many whole households (about 2.7 people each, about fifteen households to a
     * postcode), the same for the same seed.
     */
    public static SyntheticPopulation households(int households, long seed) {
        return new Generator(Integer.MAX_VALUE, seed, Math.max(50, households / 15), Numbering.FROM_ZERO)
                .generateHouseholds(households);
    }

    /**
     * Other people, in that many households, who share nothing with these: their person numbers (so their ids,
     * NHS numbers, UPNs, NI numbers and PNC ids) and their UPRNs follow this population's. Another seed alone gives
     * other names and dates but the same identifiers and addresses, which the hub would take for the same people
     * and households.
     */
    public SyntheticPopulation besideThese(int households, long seed) {
        Numbering after =
                new Numbering(numbering.firstPerson() + people.size(), numbering.firstHousehold() + households());
        return new Generator(Integer.MAX_VALUE, seed, Math.max(50, households / 15), after)
                .generateHouseholds(households);
    }

    public List<Person> people() {
        return people;
    }

    public int size() {
        return people.size();
    }

    public int households() {
        return firstOfHousehold.length - 1;
    }

    public List<Person> household(int household) {
        return people.subList(firstOfHousehold[household], firstOfHousehold[household + 1]);
    }

    /** The person of that id, or null when the id is nobody in the population. */
    public Person person(String personId) {
        Integer number = numberOf(personId);
        int at = number == null ? -1 : number - numbering.firstPerson();
        if (at >= 0 && at < people.size() && people.get(at).personId().equals(personId)) {
            return people.get(at);
        }
        return people.stream()
                .filter(p -> p.personId().equals(personId))
                .findFirst()
                .orElse(null);
    }

    Postcodes postcodes() {
        return postcodes;
    }

    long seed() {
        return seed;
    }

    static String personId(int number) {
        return "P" + number;
    }

    private static Integer numberOf(String personId) {
        if (personId == null || personId.length() < 2 || personId.charAt(0) != 'P') {
            return null;
        }
        try {
            return Integer.parseInt(personId, 1, personId.length(), 10);
        } catch (NumberFormatException notOurs) {
            return null;
        }
    }

    static boolean schoolAge(LocalDate birthDate) {
        return !birthDate.isBefore(SCHOOL_AGE_FROM) && !birthDate.isAfter(SCHOOL_AGE_TO);
    }

    static LocalDate dateBetween(LocalDate from, LocalDate to, Random random) {
        return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }

    /** Builds the people household by household from one Random, so a seed gives one population. */
    private static final class Generator {

        private final int size;
        private final long seed;
        private final Random random;
        private final Names names = Names.standard();
        private final Postcodes postcodes;
        private final List<Person> people = new ArrayList<>();
        private final Numbering numbering;
        private int household;

        Generator(int size, long seed) {
            // ~2.7 people a household, ~15 households a postcode
            this(size, seed, Math.max(50, size / 40), Numbering.FROM_ZERO);
        }

        Generator(int size, long seed, int postcodeCount, Numbering numbering) {
            this.size = size;
            this.seed = seed;
            this.random = new Random(seed);
            this.postcodes = new Postcodes(postcodeCount, random);
            this.numbering = numbering;
        }

        SyntheticPopulation generate() {
            while (people.size() < size) {
                addHousehold();
            }
            return new SyntheticPopulation(people, postcodes, seed, numbering);
        }

        SyntheticPopulation generateHouseholds(int households) {
            while (household < households) {
                addHousehold();
            }
            return new SyntheticPopulation(people, postcodes, seed, numbering);
        }

        private void addHousehold() {
            String postcode = postcodes.any(random);
            String uprn = Long.toString(FIRST_UPRN + numbering.firstHousehold() + household);
            double kind = random.nextDouble();
            boolean children = kind < 0.55; // 40% couples with children, 15% single parents
            boolean couple = kind < 0.40 || kind >= 0.55 && kind < 0.75; // 20% couples without children, 25% alone
            Sex firstSex = !couple && children ? (random.nextDouble() < 0.9 ? Sex.FEMALE : Sex.MALE) : randomSex();
            LocalDate firstBorn = children
                    ? dateBetween(LocalDate.of(1965, 1, 1), LocalDate.of(2003, 12, 31), random)
                    : dateBetween(LocalDate.of(1950, 1, 1), LocalDate.of(2005, 12, 31), random);
            String firstFamily = names.surname(random);
            List<String> given = new ArrayList<>();
            add(firstSex, names.given(firstSex, random), firstFamily, firstBorn, postcode, uprn, given);
            String secondFamily = firstFamily;
            if (couple) {
                Sex secondSex = random.nextDouble() < 0.95 ? opposite(firstSex) : firstSex;
                secondFamily = random.nextDouble() < 0.75 ? firstFamily : names.surname(random);
                LocalDate secondBorn = near(firstBorn, LocalDate.of(1950, 1, 1), LocalDate.of(2005, 12, 31));
                add(
                        secondSex,
                        names.givenUnlike(secondSex, random, given),
                        secondFamily,
                        secondBorn,
                        postcode,
                        uprn,
                        given);
            }
            if (children) {
                // Children mostly take the first adult's surname; with a partner of another surname, either; some
                // another.
                String childFamily = !couple
                        ? (random.nextDouble() < 0.8 ? firstFamily : names.surname(random))
                        : random.nextBoolean() ? firstFamily : secondFamily;
                double many = random.nextDouble();
                int count = many < 0.40 ? 1 : many < 0.78 ? 2 : many < 0.93 ? 3 : 4;
                LocalDate from = max(CHILDREN_FROM, firstBorn.plusYears(18));
                LocalDate to = min(CHILDREN_TO, firstBorn.plusYears(45));
                List<LocalDate> births = new ArrayList<>();
                for (int c = 0; c < count; c++) {
                    births.add(dateBetween(from, to, random));
                }
                births.sort(null);
                for (LocalDate born : births) {
                    Sex sex = randomSex();
                    add(sex, names.givenUnlike(sex, random, given), childFamily, born, postcode, uprn, given);
                    if (random.nextDouble() < TWIN_BIRTHS) {
                        Sex twinSex =
                                random.nextDouble() < 0.6 ? sex : opposite(sex); // identical twins, and half the others
                        add(
                                twinSex,
                                names.givenUnlike(twinSex, random, given),
                                childFamily,
                                born,
                                postcode,
                                uprn,
                                given);
                    }
                }
            }
            household++;
        }

        private void add(
                Sex sex,
                String given,
                String family,
                LocalDate born,
                String postcode,
                String uprn,
                List<String> householdNames) {
            if (people.size() >= size) {
                return;
            }
            int number = numbering.firstPerson() + people.size();
            Map<String, String> identifiers = new HashMap<>();
            Map<String, String> known = new HashMap<>();
            boolean child = !born.isBefore(CHILDREN_FROM);
            if (random.nextDouble() < 0.95) {
                identifiers.put(NhsNumber.SYSTEM, SyntheticIdentifiers.nhsNumber(number));
            }
            if (child && schoolAge(born)) {
                identifiers.put(Upn.SYSTEM, SyntheticIdentifiers.upn(number));
            }
            if (!child && random.nextDouble() < 0.9) {
                identifiers.put(NiNumber.SYSTEM, SyntheticIdentifiers.niNumber(number));
            }
            // What the hub has learnt: most NHS numbers (health sends most), half the UPNs and NI numbers.
            identifiers.forEach((system, value) -> {
                double chance = system.equals(NhsNumber.SYSTEM) ? 0.75 : 0.5;
                if (random.nextDouble() < chance) {
                    known.put(system, value);
                }
            });
            people.add(new Person(
                    personId(number), household, given, family, born, sex, postcode, uprn, identifiers, known));
            householdNames.add(given);
        }

        /** A partner's birth date, within six years of the other's, drawn again rather than clamped (no pile-up on one day). */
        private LocalDate near(LocalDate born, LocalDate from, LocalDate to) {
            while (true) {
                LocalDate date = born.plusDays(random.nextInt(6 * 365 * 2 + 1) - 6 * 365);
                if (!date.isBefore(from) && !date.isAfter(to)) {
                    return date;
                }
            }
        }

        private Sex randomSex() {
            return random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
        }
    }

    static Sex opposite(Sex sex) {
        return sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
