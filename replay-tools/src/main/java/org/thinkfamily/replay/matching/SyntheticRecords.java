package org.thinkfamily.replay.matching;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.thinkfamily.contracts.published.canonical.Sex;
import org.thinkfamily.contracts.published.identifier.NhsNumber;
import org.thinkfamily.contracts.published.identifier.NiNumber;
import org.thinkfamily.contracts.published.identifier.Upn;
import org.thinkfamily.hub.identity.matching.GivenNameForms;
import org.thinkfamily.hub.identity.matching.MatchRecord;

/**
 * The records agencies send, with known truth: about 85% of people the index holds, with the errors
 * agencies make at the rates below, and about 15% of people it does not hold yet, many of them the
 * hard cases (a new twin or sibling of someone indexed, at the same address). Every record reaches
 * matching on details: none carries an identifier value the index holds (the hub resolves those
 * before scoring), though some carry a different value of a system the index holds for a candidate,
 * which the hub must never link.
 */
public final class SyntheticRecords {

    static final double NOT_INDEXED = 0.15;
    // Per record of an indexed person; a record may have several.
    static final double FAMILY_NAME_TYPO = 0.04;
    static final double GIVEN_NAME_TYPO = 0.02;
    static final double OTHER_FORM_OF_GIVEN_NAME = 0.25; // of people whose name has other forms
    static final double NAMES_IN_OTHER_ORDER = 0.01;
    static final double DAY_MONTH_SWAPPED = 0.03; // of dates that can be swapped (day 1-12, day != month)
    static final double DATE_DIGIT = 0.02;
    static final double SEX_MISSING = 0.10;
    static final double ADDRESS_MISSING = 0.10;
    static final double UPRN_MISSING = 0.35; // of records that give a postcode
    static final double MOVED = 0.08;
    static final double OTHER_IDENTIFIER = 0.30; // for each identifier the person has that the index does not hold
    static final double CONFLICTING_IDENTIFIER = 0.005; // of people whose NHS number the index holds
    private static final long FIRST_NEW_UPRN = SyntheticPopulation.FIRST_UPRN + 50_000_000L;

    private final SyntheticPopulation population;
    private final Random random;
    private final Names names = Names.standard();

    private SyntheticRecords(SyntheticPopulation population, long seed) {
        this.population = population;
        this.random = new Random(seed * 31 + 7); // another stream than the population's
    }

    /** {@code count} records about a generated population, the same for the same seed. */
    public static List<AgencyRecord> generate(SyntheticPopulation population, int count, long seed) {
        if (population.postcodes() == null) {
            throw new IllegalArgumentException("records are made about a generated population");
        }
        SyntheticRecords maker = new SyntheticRecords(population, seed);
        List<AgencyRecord> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long serial = population.size() + (long) i; // above every person's: new identifiers nobody holds
            records.add(
                    maker.random.nextDouble() < NOT_INDEXED ? maker.newPerson(i, serial) : maker.aboutIndexed(serial));
        }
        return records;
    }

    private AgencyRecord aboutIndexed(long serial) {
        Person person = population.people().get(random.nextInt(population.size()));
        Set<Distortion> distortions = EnumSet.noneOf(Distortion.class);
        String given = person.given();
        String family = person.family();
        if (random.nextDouble() < FAMILY_NAME_TYPO) {
            family = typo(family);
            distortions.add(Distortion.FAMILY_NAME_TYPO);
        }
        String name = given.toLowerCase(Locale.ROOT);
        List<String> listedForms =
                GivenNameForms.otherFormsOf(name).stream().sorted().toList();
        if (!listedForms.isEmpty() && random.nextDouble() < OTHER_FORM_OF_GIVEN_NAME) {
            given = pick(listedForms);
            distortions.add(Distortion.NICKNAME);
        } else if (Names.UNLISTED_FORMS.containsKey(name) && random.nextDouble() < OTHER_FORM_OF_GIVEN_NAME) {
            given = pick(Names.UNLISTED_FORMS.get(name));
            distortions.add(Distortion.NICKNAME_UNLISTED);
        }
        if (random.nextDouble() < GIVEN_NAME_TYPO) {
            given = typo(given);
            distortions.add(Distortion.GIVEN_NAME_TYPO);
        }
        if (random.nextDouble() < NAMES_IN_OTHER_ORDER) {
            String was = given;
            given = family;
            family = was;
            distortions.add(Distortion.NAMES_IN_OTHER_ORDER);
        }

        LocalDate birth = person.birthDate();
        if (birth.getDayOfMonth() <= 12
                && birth.getDayOfMonth() != birth.getMonthValue()
                && random.nextDouble() < DAY_MONTH_SWAPPED) {
            birth = LocalDate.of(birth.getYear(), birth.getDayOfMonth(), birth.getMonthValue());
            distortions.add(Distortion.DAY_MONTH_SWAPPED);
        }
        if (random.nextDouble() < DATE_DIGIT) {
            birth = digitTypo(birth, distortions);
        }

        Sex sex = person.sex();
        if (random.nextDouble() < SEX_MISSING) {
            sex = null;
            distortions.add(Distortion.SEX_MISSING);
        }
        String[] address = address(person.postcode(), person.uprn(), serial, distortions, true);

        Map<String, String> identifiers = new HashMap<>();
        person.identifiers().forEach((system, value) -> {
            if (!person.known().containsKey(system) && random.nextDouble() < OTHER_IDENTIFIER) {
                identifiers.put(system, value);
                distortions.add(Distortion.OTHER_IDENTIFIER);
            }
        });
        if (person.known().containsKey(NhsNumber.SYSTEM) && random.nextDouble() < CONFLICTING_IDENTIFIER) {
            identifiers.put(NhsNumber.SYSTEM, SyntheticIdentifiers.nhsNumber(serial));
            distortions.add(Distortion.CONFLICTING_IDENTIFIER);
        }
        return new AgencyRecord(
                new MatchRecord(given, family, birth, sex, address[0], address[1], identifiers),
                person.personId(),
                true,
                AgencyRecord.Origin.INDEXED,
                person.household(),
                distortions);
    }

    private AgencyRecord newPerson(int index, long serial) {
        double kind = random.nextDouble();
        String given;
        String family;
        LocalDate birth;
        Sex sex;
        String postcode;
        String uprn;
        int household;
        AgencyRecord.Origin origin;
        if (kind < 0.55) {
            origin = AgencyRecord.Origin.NEWCOMER;
            sex = randomSex();
            given = names.given(sex, random);
            family = names.surname(random);
            birth = random.nextDouble() < 0.6
                    ? SyntheticPopulation.dateBetween(LocalDate.of(1950, 1, 1), LocalDate.of(2005, 12, 31), random)
                    : SyntheticPopulation.dateBetween(
                            SyntheticPopulation.CHILDREN_FROM, SyntheticPopulation.CHILDREN_TO, random);
            postcode = population.postcodes().any(random);
            uprn = Long.toString(FIRST_NEW_UPRN + serial);
            household = -1;
        } else {
            Person child = kind < 0.85 ? aChild() : null;
            List<Person> members = population.household(
                    child != null ? child.household() : aPerson().household());
            List<String> taken = members.stream().map(Person::given).toList();
            Person someone = child != null ? child : members.get(0);
            household = someone.household();
            postcode = someone.postcode();
            uprn = someone.uprn();
            if (kind < 0.65) {
                // A twin the index has not met: the same day, surname and address; identical twins share a sex.
                boolean sameSex = random.nextDouble() < 0.6;
                origin = sameSex ? AgencyRecord.Origin.NEW_TWIN_SAME_SEX : AgencyRecord.Origin.NEW_TWIN_OTHER_SEX;
                sex = sameSex ? child.sex() : SyntheticPopulation.opposite(child.sex());
                given = names.givenUnlike(sex, random, taken);
                family = child.family();
                birth = child.birthDate();
            } else if (kind < 0.85) {
                origin = AgencyRecord.Origin.NEW_SIBLING;
                sex = randomSex();
                given = names.givenUnlike(sex, random, taken);
                family = child.family();
                birth = siblingBirth(members);
            } else {
                origin = AgencyRecord.Origin.NEW_ADULT;
                sex = random.nextDouble() < 0.9 ? SyntheticPopulation.opposite(someone.sex()) : someone.sex();
                given = names.givenUnlike(sex, random, taken);
                family = random.nextBoolean() ? someone.family() : names.surname(random);
                LocalDate around = someone.birthDate().isBefore(SyntheticPopulation.CHILDREN_FROM)
                        ? someone.birthDate()
                        : LocalDate.of(1985, 1, 1);
                birth = SyntheticPopulation.dateBetween(around.minusYears(6), around.plusYears(6), random);
            }
        }
        Set<Distortion> distortions = EnumSet.noneOf(Distortion.class);
        if (random.nextDouble() < SEX_MISSING) {
            sex = null;
            distortions.add(Distortion.SEX_MISSING);
        }
        String[] address = address(postcode, uprn, serial, distortions, false);
        // Their own identifiers, which nobody in the index holds; an indexed twin holding another NHS number is never
        // linked.
        Map<String, String> identifiers = new HashMap<>();
        boolean child = !birth.isBefore(SyntheticPopulation.CHILDREN_FROM);
        if (random.nextDouble() < 0.95 * OTHER_IDENTIFIER) {
            identifiers.put(NhsNumber.SYSTEM, SyntheticIdentifiers.nhsNumber(serial));
        }
        if (child && SyntheticPopulation.schoolAge(birth) && random.nextDouble() < OTHER_IDENTIFIER) {
            identifiers.put(Upn.SYSTEM, SyntheticIdentifiers.upn(serial));
        }
        if (!child && random.nextDouble() < 0.9 * OTHER_IDENTIFIER) {
            identifiers.put(NiNumber.SYSTEM, SyntheticIdentifiers.niNumber(serial));
        }
        if (!identifiers.isEmpty()) {
            distortions.add(Distortion.OTHER_IDENTIFIER);
        }
        return new AgencyRecord(
                new MatchRecord(given, family, birth, sex, address[0], address[1], identifiers),
                "N" + index,
                false,
                origin,
                household,
                distortions);
    }

    /** The address as the agency has it: left out, only a postcode, or a new one after a move. */
    private String[] address(
            String postcode, String uprn, long serial, Set<Distortion> distortions, boolean mayHaveMoved) {
        if (random.nextDouble() < ADDRESS_MISSING) {
            distortions.add(Distortion.ADDRESS_MISSING);
            return new String[] {null, null};
        }
        if (mayHaveMoved && random.nextDouble() < MOVED) {
            boolean nearby = random.nextBoolean();
            postcode = nearby
                    ? population.postcodes().nearby(postcode, random)
                    : population.postcodes().elsewhere(postcode, random);
            uprn = Long.toString(FIRST_NEW_UPRN + serial);
            distortions.add(nearby ? Distortion.MOVED_NEARBY : Distortion.MOVED_AWAY);
        }
        if (random.nextDouble() < UPRN_MISSING) {
            distortions.add(Distortion.UPRN_MISSING);
            uprn = null;
        }
        return new String[] {postcode, uprn};
    }

    /** One keystroke wrong: a letter replaced, dropped, doubled, or two neighbours swapped. */
    private String typo(String name) {
        String word = name.toLowerCase(Locale.ROOT);
        while (true) {
            StringBuilder typed = new StringBuilder(word);
            int at = random.nextInt(word.length());
            switch (random.nextInt(4)) {
                case 0 -> typed.setCharAt(at, (char) ('a' + random.nextInt(26)));
                case 1 -> {
                    if (word.length() > 2) {
                        typed.deleteCharAt(at);
                    }
                }
                case 2 -> typed.insert(at, word.charAt(at));
                default -> {
                    if (at + 1 < word.length()) {
                        typed.setCharAt(at, word.charAt(at + 1));
                        typed.setCharAt(at + 1, word.charAt(at));
                    }
                }
            }
            if (!typed.toString().equals(word)) {
                return typed.toString();
            }
        }
    }

    /** One digit of the year's last two, the month or the day typed wrong, still a date. */
    private LocalDate digitTypo(LocalDate birth, Set<Distortion> distortions) {
        int[] positions = {2, 3, 5, 6, 8, 9}; // in yyyy-MM-dd
        for (int attempt = 0; attempt < 50; attempt++) {
            int at = positions[random.nextInt(positions.length)];
            char[] text = birth.toString().toCharArray();
            char digit = (char) ('0' + random.nextInt(10));
            if (digit == text[at]) {
                continue;
            }
            text[at] = digit;
            try {
                LocalDate typed = LocalDate.parse(new String(text));
                if (typed.isAfter(LocalDate.of(2026, 1, 1))) {
                    continue;
                }
                distortions.add(at < 4 ? Distortion.DATE_DIGIT_YEAR : Distortion.DATE_DIGIT_DAY_MONTH);
                return typed;
            } catch (DateTimeException notADate) {
                // try another digit
            }
        }
        return birth;
    }

    private LocalDate siblingBirth(List<Person> members) {
        while (true) {
            LocalDate birth = SyntheticPopulation.dateBetween(
                    SyntheticPopulation.CHILDREN_FROM, SyntheticPopulation.CHILDREN_TO, random);
            if (members.stream().allMatch(m -> Math.abs(m.birthDate().toEpochDay() - birth.toEpochDay()) >= 300)) {
                return birth;
            }
        }
    }

    private Person aPerson() {
        return population.people().get(random.nextInt(population.size()));
    }

    private Person aChild() {
        while (true) {
            Person person = aPerson();
            if (!person.birthDate().isBefore(SyntheticPopulation.CHILDREN_FROM)) {
                return person;
            }
        }
    }

    private Sex randomSex() {
        return random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
