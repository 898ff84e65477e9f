package org.thinkfamily.replay;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.PersonName;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.contracts.published.canonical.Source;
import org.thinkfamily.contracts.published.canonical.Subject;
import org.thinkfamily.contracts.published.canonical.SubjectRole;

/**
 * Synthetic families and the mix of records agencies send about them: police incidents naming mother
 * and child, school attendance, A&E attendances, benefit starts. Identifiers are valid and made up.
 */
final class SyntheticEvents {

    private static final String UPN_ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private SyntheticEvents() {}

    static List<CanonicalEvent> generate(String runId, int count, int families) {
        Random random = new Random(42);
        List<String> childNhs = new ArrayList<>();
        List<String> motherNi = new ArrayList<>();
        List<String> childUpn = new ArrayList<>();
        for (int f = 0; f < families; f++) {
            childNhs.add(nhsNumber(random));
            motherNi.add("JG%06dB".formatted(f % 1_000_000));
            childUpn.add(upn(f));
        }
        List<CanonicalEvent> events = new ArrayList<>(count);
        Instant base = Instant.parse("2026-01-01T09:00:00Z");
        for (int i = 0; i < count; i++) {
            int f = random.nextInt(families);
            Instant when = base.plusSeconds(random.nextInt(300 * 24 * 3600));
            Subject child = new Subject(
                    SubjectRole.CHILD,
                    List.of(new Identifier("nhs-number", childNhs.get(f))),
                    new PersonName("Child" + f, "Family" + f),
                    LocalDate.of(2015, 1, 1).plusDays(f % 3000),
                    null,
                    null);
            Subject mother = new Subject(
                    SubjectRole.PARENT_CARER,
                    List.of(new Identifier("ni-number", motherNi.get(f))),
                    new PersonName("Mother" + f, "Family" + f),
                    LocalDate.of(1988, 1, 1).plusDays(f % 3000),
                    null,
                    null);
            String messageId = "BENCH-" + runId + "-" + i;
            events.add(
                    switch (i % 4) {
                        case 0 ->
                            new CanonicalEvent(
                                    new Source("bench-police", Sector.POLICE, "bench", messageId),
                                    EventType.DOMESTIC_ABUSE_INCIDENT,
                                    when,
                                    List.of(mother, child),
                                    "Synthetic incident.",
                                    Sensitivity.STANDARD,
                                    Map.of("policeReference", "B/" + i, "childPresent", true),
                                    null);
                        case 1 ->
                            new CanonicalEvent(
                                    new Source("bench-school", Sector.EDUCATION, "bench", messageId),
                                    EventType.SCHOOL_ATTENDANCE_SUMMARY,
                                    when,
                                    List.of(new Subject(
                                            SubjectRole.CHILD,
                                            List.of(
                                                    new Identifier("upn", childUpn.get(f)),
                                                    new Identifier("nhs-number", childNhs.get(f))),
                                            null,
                                            null,
                                            null,
                                            null)),
                                    "Synthetic attendance.",
                                    Sensitivity.STANDARD,
                                    Map.of(
                                            "periodStart",
                                            "2026-09-03",
                                            "periodEnd",
                                            "2026-10-24",
                                            "possibleSessions",
                                            100,
                                            "presentSessions",
                                            90,
                                            "authorisedAbsences",
                                            5,
                                            "unauthorisedAbsences",
                                            5),
                                    null);
                        case 2 ->
                            new CanonicalEvent(
                                    new Source("bench-hospital", Sector.HEALTH, "bench", messageId),
                                    EventType.EMERGENCY_ATTENDANCE,
                                    when,
                                    List.of(child),
                                    "Synthetic A&E attendance.",
                                    Sensitivity.STANDARD,
                                    Map.of("site", "Bench Infirmary", "arrivedAt", when.toString()),
                                    null);
                        default ->
                            new CanonicalEvent(
                                    new Source("bench-dwp", Sector.BENEFITS, "bench", messageId),
                                    EventType.OUT_OF_WORK_BENEFIT_STARTED,
                                    when,
                                    List.of(mother),
                                    "Synthetic claim.",
                                    Sensitivity.STANDARD,
                                    Map.of("benefit", "UC", "claimReference", "UC-" + i),
                                    null);
                    });
        }
        return events;
    }

    private static String nhsNumber(Random random) {
        while (true) {
            StringBuilder digits = new StringBuilder().append(1 + random.nextInt(8));
            for (int i = 1; i < 9; i++) {
                digits.append(random.nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10) {
                return digits.append(check).toString();
            }
        }
    }

    /** Unique per family: Bradford (380), school and serial from the family number. */
    private static String upn(int family) {
        String rest = "380" + "%04d".formatted(family / 100_000 % 10_000) + "%02d".formatted(family / 1000 % 100)
                + "%03d".formatted(family % 1000);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (rest.charAt(i) - '0') * (i + 2);
        }
        return UPN_ALPHABET.charAt(sum % 23) + rest;
    }
}
