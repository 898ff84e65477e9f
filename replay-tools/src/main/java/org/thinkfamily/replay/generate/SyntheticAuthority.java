package org.thinkfamily.replay.generate;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.thinkfamily.contracts.published.canonical.Address;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.PersonName;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.contracts.published.canonical.Sex;
import org.thinkfamily.contracts.published.canonical.Source;
import org.thinkfamily.contracts.published.canonical.Subject;
import org.thinkfamily.contracts.published.canonical.SubjectRole;
import org.thinkfamily.contracts.published.identifier.NhsNumber;
import org.thinkfamily.contracts.published.identifier.NiNumber;
import org.thinkfamily.contracts.published.identifier.PncId;
import org.thinkfamily.contracts.published.identifier.Upn;
import org.thinkfamily.replay.matching.Distortion;
import org.thinkfamily.replay.matching.Person;
import org.thinkfamily.replay.matching.RecordingErrors;
import org.thinkfamily.replay.matching.SyntheticIdentifiers;
import org.thinkfamily.replay.matching.SyntheticPopulation;

/**
 * A synthetic local authority over some years: what its agencies record about each household of a synthetic
 * population, household by household, each household from its own random stream (so a seed gives the same
 * records, and a household the same records whatever else is generated). Most households are quiet; some have
 * some needs and a few many, which brings police, A&E, the front door and youth justice to them more often and
 * their children to school less. Each record has the mistakes agencies make ({@link RecordingErrors}) and
 * sometimes leaves an identifier out; every record still names its people well enough to be taken.
 */
public final class SyntheticAuthority {

    /** Households sampled to learn the model's own volume before it is scaled to the volume asked for. */
    static final int SAMPLE = 2_000;

    static final double IDENTIFIER_LEFT_OUT = 0.05;
    private static final double YEAR_SECONDS = 365.2425 * 24 * 3600;
    private static final List<String> SITES =
            List.of("Bradford Royal Infirmary", "Airedale General Hospital", "Calderdale Royal Hospital");
    private static final List<String> AE_REASONS =
            List.of("Injury", "Fall", "Breathing difficulty", "Fever", "Abdominal pain", "Self-harm", "Overdose");
    private static final List<String> OFFENCES =
            List.of("THEFT", "CRIMINAL_DAMAGE", "VIOLENCE_AGAINST_THE_PERSON", "DRUGS", "PUBLIC_ORDER", "ROBBERY");
    private static final List<String> INVOLVEMENT = List.of("SUSPECT", "VICTIM", "WITNESS", "OFFENDER");
    private static final List<String> CONTACT_REASONS = List.of(
            "Concerns about school attendance",
            "Domestic abuse notification",
            "Parental mental health",
            "Neglect concerns",
            "Behaviour at home",
            "Financial hardship");
    private static final List<String> CONTACTED_BY =
            List.of("School", "Police", "Health visitor", "GP", "Housing officer", "Parent");

    /** How much a household needs: most none, some some, a few a lot. */
    enum Need {
        QUIET(1, 0.02),
        SOME(5, 0.06),
        HIGH(20, 0.15);

        final double incidents; // multiplies the rates of police, A&E, the front door, youth justice, benefits
        final double unauthorisedAbsence; // per school session

        Need(double incidents, double unauthorisedAbsence) {
            this.incidents = incidents;
            this.unauthorisedAbsence = unauthorisedAbsence;
        }

        static Need draw(Random random) {
            double r = random.nextDouble();
            return r < 0.75 ? QUIET : r < 0.95 ? SOME : HIGH;
        }
    }

    private final SyntheticPopulation population;
    private final long seed;
    private final Instant from;
    private final Instant until;
    private final String run;
    private double scale = 1;

    public SyntheticAuthority(SyntheticPopulation population, long seed, Instant until, int years, String run) {
        this.population = population;
        this.seed = seed;
        this.until = until;
        this.from = until.atZone(ZoneOffset.UTC).minusYears(years).toInstant();
        this.run = run;
    }

    Instant from() {
        return from;
    }

    /**
     * Scales the records drawn by rate so that a family has about {@code perFamilyYear} records a year: school
     * attendance at most weekly (in term), relationships one per child and adult, the rest at their rates.
     */
    public void aim(double perFamilyYear) {
        scale = 1;
        int sampled = Math.min(SAMPLE, population.households());
        long attendance = 0;
        long relationships = 0;
        long rated = 0;
        for (int h = 0; h < sampled; h++) {
            for (GeneratedRecord record : household(h)) {
                switch (record.event().type()) {
                    case SCHOOL_ATTENDANCE_SUMMARY -> attendance++;
                    case FAMILY_RELATIONSHIP_RECORDED -> relationships++;
                    default -> rated++;
                }
            }
        }
        double years = Duration.between(from, until).toSeconds() / YEAR_SECONDS;
        double wanted = perFamilyYear * sampled * years - relationships;
        if (wanted <= 0) {
            scale = 0;
        } else if (wanted <= attendance + rated) {
            scale = wanted / Math.max(1, attendance + rated);
        } else {
            scale = (wanted - attendance) / Math.max(1, rated);
        }
    }

    double scale() {
        return scale;
    }

    /** What the agencies record about household {@code h} ("F" + h), oldest first. */
    public List<GeneratedRecord> household(int h) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + h * 0xBF58476D1CE4E5B9L + 1);
        Household household = new Household(h, population.household(h), Need.draw(random), random);
        household.draw();
        household.drafts.sort(Comparator.comparing(Draft::when).thenComparingInt(Draft::order));
        List<GeneratedRecord> records = new ArrayList<>(household.drafts.size());
        for (int i = 0; i < household.drafts.size(); i++) {
            Draft d = household.drafts.get(i);
            String messageId = run + "-" + h + "-" + i;
            String agency = Agencies.code(d.sector());
            CanonicalEvent event = new CanonicalEvent(
                    new Source(agency, d.sector(), Agencies.SYSTEM, messageId),
                    d.type(),
                    d.when(),
                    d.subjects(),
                    d.summary(),
                    Sensitivity.STANDARD,
                    d.details(),
                    null);
            records.add(new GeneratedRecord(
                    event, new GeneratedRecord.Truth(agency, messageId, d.type().name(), "F" + h, d.truth())));
        }
        return records;
    }

    private record Draft(
            Instant when,
            int order,
            Sector sector,
            EventType type,
            List<Subject> subjects,
            List<GeneratedRecord.SubjectTruth> truth,
            String summary,
            Map<String, Object> details) {}

    /** One household's records being drawn, from its own random stream. */
    private final class Household {

        private final int number;
        private final List<Person> members;
        private final Need need;
        private final Random random;
        private final RecordingErrors errors;
        private final boolean hasChildren;
        private final List<Draft> drafts = new ArrayList<>();
        private int references;

        Household(int number, List<Person> members, Need need, Random random) {
            this.number = number;
            this.members = members;
            this.need = need;
            this.random = random;
            this.errors = new RecordingErrors(random);
            this.hasChildren = members.stream().anyMatch(SyntheticAuthority::isChild);
        }

        void draw() {
            for (Person person : members) {
                Instant born = startOf(person.birthDate().plusDays(1));
                Instant start = born.isAfter(from) ? born : from;
                if (!start.isBefore(until)) {
                    continue;
                }
                if (isChild(person) && person.identifiers().containsKey(Upn.SYSTEM)) {
                    attendance(person);
                }
                for (Instant when : times(start, until, 0.25 * Math.sqrt(need.incidents))) {
                    emergency(person, when);
                }
                Instant twelve = max(start, startOf(person.birthDate().plusYears(12)));
                for (Instant when : times(twelve, until, 0.01 * need.incidents)) {
                    incident(person, when);
                }
                if (isChild(person)) {
                    Instant ten = max(start, startOf(person.birthDate().plusYears(10)));
                    Instant eighteen = min(until, startOf(person.birthDate().plusYears(18)));
                    youthJustice(person, times(ten, eighteen, 0.005 * need.incidents * need.incidents));
                } else {
                    benefits(person, max(start, startOf(person.birthDate().plusYears(18))));
                }
            }
            List<Person> adults = members.stream().filter(p -> !isChild(p)).toList();
            for (Instant when : times(from, until, 0.008 * need.incidents)) {
                domesticAbuse(adults, when);
            }
            if (hasChildren) {
                for (Instant when : times(from, until, 0.01 * need.incidents)) {
                    contact(adults, when);
                }
                relationships(adults);
            }
        }

        /** Weekly summaries in term time, from the September after the fourth birthday to the end of year 13. */
        private void attendance(Person child) {
            LocalDate birth = child.birthDate();
            LocalDate reception = LocalDate.of(birth.getYear() + (birth.getMonthValue() >= 9 ? 5 : 4), 9, 1);
            LocalDate leaves = LocalDate.of(reception.getYear() + 14, 7, 31);
            LocalDate monday = max(reception, from.atZone(ZoneOffset.UTC).toLocalDate())
                    .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            double kept = Math.min(1, scale);
            for (; !monday.isAfter(leaves); monday = monday.plusWeeks(1)) {
                LocalDate friday = monday.plusDays(4);
                Instant when = friday.atTime(16, 0).toInstant(ZoneOffset.UTC);
                if (!when.isBefore(until)) {
                    break;
                }
                if (!termWeek(monday) || random.nextDouble() >= kept) {
                    continue;
                }
                int present = 0;
                int authorised = 0;
                int unauthorised = 0;
                for (int session = 0; session < 10; session++) {
                    double r = random.nextDouble();
                    if (r < need.unauthorisedAbsence) {
                        unauthorised++;
                    } else if (r < need.unauthorisedAbsence + 0.04) {
                        authorised++;
                    } else {
                        present++;
                    }
                }
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("periodStart", monday.toString());
                details.put("periodEnd", friday.toString());
                details.put("possibleSessions", 10);
                details.put("presentSessions", present);
                details.put("authorisedAbsences", authorised);
                details.put("unauthorisedAbsences", unauthorised);
                add(
                        when,
                        Sector.EDUCATION,
                        EventType.SCHOOL_ATTENDANCE_SUMMARY,
                        "Weekly attendance summary.",
                        details,
                        named(child, SubjectRole.CHILD, List.of(Upn.SYSTEM), false));
            }
        }

        private void emergency(Person person, Instant when) {
            List<Named> subjects = new ArrayList<>();
            subjects.add(named(person, roleOf(person), List.of(NhsNumber.SYSTEM), true));
            List<Person> adults = members.stream().filter(p -> !isChild(p)).toList();
            if (isChild(person) && !adults.isEmpty() && random.nextBoolean()) {
                subjects.add(named(pick(adults), SubjectRole.PARENT_CARER, List.of(NhsNumber.SYSTEM), false));
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("site", pick(SITES));
            details.put("arrivedAt", when.toString());
            details.put("reason", pick(AE_REASONS));
            add(
                    when,
                    Sector.HEALTH,
                    EventType.EMERGENCY_ATTENDANCE,
                    "Attended the emergency department.",
                    details,
                    subjects.toArray(Named[]::new));
        }

        private void incident(Person person, Instant when) {
            boolean crime = random.nextBoolean();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("policeReference", reference("WYP"));
            details.put("involvement", pick(INVOLVEMENT));
            add(
                    when,
                    Sector.POLICE,
                    crime ? EventType.CRIME_INCIDENT : EventType.ANTI_SOCIAL_BEHAVIOUR,
                    crime ? "Named in a crime report." : "Named in a report of anti-social behaviour.",
                    details,
                    named(person, roleOf(person), List.of(), true));
        }

        /** Outcomes while 10 to 17, under one PNC id issued in the year of the first. */
        private void youthJustice(Person child, List<Instant> outcomes) {
            if (outcomes.isEmpty()) {
                return;
            }
            int year = outcomes.get(0).atZone(ZoneOffset.UTC).getYear();
            Identifier pnc = new Identifier(PncId.SYSTEM, SyntheticIdentifiers.pncId(year, serial(child)));
            for (Instant when : outcomes) {
                double r = random.nextDouble();
                Map<String, Object> details = new LinkedHashMap<>();
                details.put(
                        "outcome",
                        r < 0.4
                                ? "CAUTION"
                                : r < 0.75 ? "REFERRAL_ORDER" : r < 0.95 ? "YOUTH_REHABILITATION_ORDER" : "CUSTODY");
                details.put("offenceCategory", pick(OFFENCES));
                add(
                        when,
                        Sector.YOUTH_JUSTICE,
                        EventType.YOUTH_JUSTICE_OUTCOME,
                        "Youth justice outcome.",
                        details,
                        named(child, SubjectRole.CHILD, List.of(), true, pnc));
            }
        }

        /** Claims one after another: a start, and an end when it ends before the history does. */
        private void benefits(Person adult, Instant start) {
            double rate = 0.04 * need.incidents * scale;
            if (rate <= 0) {
                return;
            }
            Instant at = start.plusSeconds((long) (exponential(rate) * YEAR_SECONDS));
            while (at.isBefore(until)) {
                double r = random.nextDouble();
                String benefit = r < 0.8 ? "UC" : r < 0.9 ? "ESA" : r < 0.97 ? "JSA" : "IS";
                String claim = reference("CLM");
                Instant ends = at.plusSeconds((long) (exponential(365.0 / 270) * YEAR_SECONDS));
                claim(adult, at, EventType.OUT_OF_WORK_BENEFIT_STARTED, benefit, claim);
                if (!ends.isBefore(until)) {
                    return;
                }
                claim(adult, ends, EventType.OUT_OF_WORK_BENEFIT_ENDED, benefit, claim);
                at = ends.plusSeconds((long) (exponential(rate) * YEAR_SECONDS));
            }
        }

        private void claim(Person adult, Instant when, EventType type, String benefit, String claim) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("benefit", benefit);
            details.put("claimReference", claim);
            add(
                    when,
                    Sector.BENEFITS,
                    type,
                    type == EventType.OUT_OF_WORK_BENEFIT_STARTED ? "Claim started." : "Claim ended.",
                    details,
                    named(adult, roleOf(adult), List.of(NiNumber.SYSTEM), true));
        }

        /** A domestic abuse incident: an adult, their partner at home, and the children born by then. */
        private void domesticAbuse(List<Person> adults, Instant when) {
            if (adults.isEmpty()) {
                return;
            }
            List<Named> subjects = new ArrayList<>();
            Person victim = pick(adults);
            subjects.add(named(victim, roleOf(victim), List.of(), true));
            for (Person adult : adults) {
                if (adult != victim && bornBy(adult, when)) {
                    subjects.add(named(adult, roleOf(adult), List.of(), false));
                }
            }
            List<Person> children =
                    members.stream().filter(p -> isChild(p) && bornBy(p, when)).toList();
            for (Person child : children) {
                subjects.add(named(child, SubjectRole.CHILD, List.of(), false));
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("policeReference", reference("WYP"));
            details.put("childPresent", !children.isEmpty() && random.nextDouble() < 0.6);
            add(
                    when,
                    Sector.POLICE,
                    EventType.DOMESTIC_ABUSE_INCIDENT,
                    "Police attended a domestic incident.",
                    details,
                    subjects.toArray(Named[]::new));
        }

        /** A contact to the front door about the children born by then, with a parent. */
        private void contact(List<Person> adults, Instant when) {
            List<Person> children =
                    members.stream().filter(p -> isChild(p) && bornBy(p, when)).toList();
            if (children.isEmpty()) {
                return;
            }
            List<Named> subjects = new ArrayList<>();
            for (Person child : children) {
                subjects.add(named(child, SubjectRole.CHILD, List.of(NhsNumber.SYSTEM), subjects.isEmpty()));
            }
            if (!adults.isEmpty()) {
                subjects.add(named(pick(adults), SubjectRole.PARENT_CARER, List.of(), false));
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("reason", pick(CONTACT_REASONS));
            details.put("contactedBy", pick(CONTACTED_BY));
            add(
                    when,
                    Sector.EARLY_HELP,
                    EventType.CONTACT_RECEIVED,
                    "Contact to the front door.",
                    details,
                    subjects.toArray(Named[]::new));
        }

        /** Health records each child's parents once: soon after a birth, or early in the history for older children. */
        private void relationships(List<Person> adults) {
            for (Person child : members) {
                if (!isChild(child)) {
                    continue;
                }
                for (Person adult : adults) {
                    LocalDate born = child.birthDate();
                    Instant when = born.isBefore(from.atZone(ZoneOffset.UTC).toLocalDate())
                            ? from.plusSeconds((long) (random.nextDouble() * 180 * 24 * 3600))
                            : startOf(born.plusDays(1 + random.nextInt(28)))
                                    .plusSeconds(8 * 3600 + random.nextInt(10 * 3600));
                    if (!when.isBefore(until)) {
                        continue;
                    }
                    add(
                            when,
                            Sector.HEALTH,
                            EventType.FAMILY_RELATIONSHIP_RECORDED,
                            "Parent recorded as the child's related person.",
                            Map.of("relationship", adult.sex() == Sex.FEMALE ? "MTH" : "FTH"),
                            named(child, SubjectRole.CHILD, List.of(NhsNumber.SYSTEM), false),
                            named(adult, SubjectRole.PARENT_CARER, List.of(NhsNumber.SYSTEM), false));
                }
            }
        }

        /** A person as one record names them: their details with the agency's mistakes, the identifiers it holds. */
        private Named named(
                Person person, SubjectRole role, List<String> systems, boolean withAddress, Identifier... more) {
            Set<Distortion> distortions = EnumSet.noneOf(Distortion.class);
            RecordingErrors.Details details = errors.details(person, distortions);
            List<Identifier> identifiers = new ArrayList<>();
            for (String system : systems) {
                String value = person.identifiers().get(system);
                if (value == null) {
                    continue;
                }
                if (random.nextDouble() < IDENTIFIER_LEFT_OUT) {
                    distortions.add(Distortion.IDENTIFIER_LEFT_OUT);
                } else {
                    identifiers.add(new Identifier(system, value));
                }
            }
            identifiers.addAll(List.of(more));
            Address address = null;
            if (withAddress) {
                String[] sent = errors.address(person.postcode(), person.uprn(), distortions);
                address = sent[0] == null && sent[1] == null ? null : new Address(sent[1], sent[0], null);
            }
            return new Named(
                    new Subject(
                            role,
                            identifiers,
                            new PersonName(details.given(), details.family()),
                            details.birthDate(),
                            details.sex(),
                            address),
                    new GeneratedRecord.SubjectTruth(
                            person.personId(),
                            distortions.stream().map(Distortion::name).toList()));
        }

        private void add(
                Instant when,
                Sector sector,
                EventType type,
                String summary,
                Map<String, Object> details,
                Named... subjects) {
            drafts.add(new Draft(
                    when,
                    drafts.size(),
                    sector,
                    type,
                    java.util.Arrays.stream(subjects).map(Named::subject).toList(),
                    java.util.Arrays.stream(subjects).map(Named::truth).toList(),
                    summary,
                    details));
        }

        /** The times of a Poisson process of {@code perYear} (scaled) between two instants, in order. */
        private List<Instant> times(Instant start, Instant end, double perYear) {
            if (!start.isBefore(end)) {
                return List.of();
            }
            long seconds = Duration.between(start, end).toSeconds();
            int count = poisson(perYear * scale * seconds / YEAR_SECONDS);
            List<Instant> times = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                times.add(start.plusSeconds((long) (random.nextDouble() * seconds)));
            }
            times.sort(null);
            return times;
        }

        private int poisson(double mean) {
            if (mean <= 0) {
                return 0;
            }
            if (mean > 30) {
                return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
            }
            double limit = Math.exp(-mean);
            double product = random.nextDouble();
            int count = 0;
            while (product > limit) {
                product *= random.nextDouble();
                count++;
            }
            return count;
        }

        /** Years to wait at {@code perYear}. */
        private double exponential(double perYear) {
            return -Math.log(1 - random.nextDouble()) / perYear;
        }

        private String reference(String prefix) {
            return prefix + "/" + run + "/" + number + "/" + references++;
        }

        private SubjectRole roleOf(Person person) {
            return isChild(person)
                    ? SubjectRole.CHILD
                    : hasChildren ? SubjectRole.PARENT_CARER : SubjectRole.ADULT_IN_HOUSEHOLD;
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }

    private record Named(Subject subject, GeneratedRecord.SubjectTruth truth) {}

    static boolean isChild(Person person) {
        return person.birthDate().getYear() >= 2008; // the population's children
    }

    /** Term weeks: September to mid-July, less Christmas, Easter and the half terms (about 38 a year). */
    static boolean termWeek(LocalDate monday) {
        int month = monday.getMonthValue();
        int day = monday.getDayOfMonth();
        return switch (month) {
            case 8 -> false;
            case 7 -> day <= 18;
            case 9 -> day >= 3;
            case 10 -> day < 24;
            case 12 -> day < 20;
            case 1 -> day > 3;
            case 2 -> day < 14 || day > 20;
            case 4 -> day > 14;
            case 5 -> day < 25;
            default -> true;
        };
    }

    private static boolean bornBy(Person person, Instant when) {
        return startOf(person.birthDate().plusDays(1)).isBefore(when);
    }

    private static long serial(Person person) {
        return Long.parseLong(person.personId().substring(1));
    }

    private static Instant startOf(LocalDate date) {
        return date.atTime(LocalTime.MIDNIGHT).toInstant(ZoneOffset.UTC);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
