package org.thinkfamily.replay.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.thinkfamily.contracts.published.canonical.Sex;
import org.thinkfamily.contracts.published.identifier.NhsNumber;
import org.thinkfamily.contracts.published.identifier.NiNumber;
import org.thinkfamily.contracts.published.identifier.Upn;
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
    static final long FIRST_NEW_UPRN = SyntheticPopulation.FIRST_UPRN + 50_000_000L;

    private final SyntheticPopulation population;
    private final Random random;
    private final Names names = Names.standard();
    private final RecordingErrors errors;

    private SyntheticRecords(SyntheticPopulation population, long seed) {
        this.population = population;
        this.random = new Random(seed * 31 + 7); // another stream than the population's
        this.errors = new RecordingErrors(random, population.postcodes());
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
        RecordingErrors.Details details = errors.details(person, distortions);
        String given = details.given();
        String family = details.family();
        LocalDate birth = details.birthDate();
        Sex sex = details.sex();
        String[] address = errors.address(person.postcode(), person.uprn(), serial, distortions, true);

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
        String[] address = errors.address(postcode, uprn, serial, distortions, false);
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
}
