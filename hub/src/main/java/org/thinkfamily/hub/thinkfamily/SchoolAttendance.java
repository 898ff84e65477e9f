package org.thinkfamily.hub.thinkfamily;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thinkfamily.contracts.family.FamilyRecord;

/**
 * "Are all the children attending school?" Each child's latest attendance summary: attendance is present
 * (and approved education) sessions over possible sessions, to one decimal place (half up), and that figure
 * is what is judged: persistent absence at 90.0% or less (missing 10% or more), severe absence at 50.0% or
 * less (missing 50% or more). A summary more than 12 months old is a fact without concern. Suspensions
 * (however short) and permanent exclusions in the last 12 months are concerns.
 */
final class SchoolAttendance {

    private static final Logger log = LoggerFactory.getLogger(SchoolAttendance.class);

    static final BigDecimal PERSISTENT_AT = new BigDecimal("90.0");
    static final BigDecimal SEVERE_AT = new BigDecimal("50.0");

    /** The latest summary: by the end of the period it covers, then as recorded. */
    private static final Comparator<FamilyRecord> LATEST_PERIOD = Comparator.comparing(
                    (FamilyRecord r) -> Details.date(r, "periodEnd"), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Evaluation.IN_ORDER);

    private SchoolAttendance() {}

    static Question assess(Evaluation family) {
        Findings findings = new Findings();
        attendance(family, findings);
        for (FamilyRecord record : family.ofType("SUSPENSION", "PERMANENT_EXCLUSION")) {
            boolean suspension = record.type().equals("SUSPENSION");
            String text = suspension ? suspension(record) : exclusion(record);
            boolean recent = family.recent(record);
            if (recent) {
                family.signal(suspension ? Signal.SUSPENSION : Signal.PERMANENT_EXCLUSION, record);
            }
            for (String person : family.membersNamed(record)) {
                if (recent) {
                    findings.concern(person, text, List.of(record));
                } else {
                    findings.noConcern(person, text + Wording.OVER_A_YEAR_AGO, List.of(record));
                }
            }
        }
        return findings.question();
    }

    /** Attendance as a percentage to one decimal place, half up; null without possible sessions. */
    static BigDecimal percent(int present, int possible) {
        if (possible <= 0) {
            return null;
        }
        return BigDecimal.valueOf(present)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(possible), 1, RoundingMode.HALF_UP);
    }

    private static void attendance(Evaluation family, Findings findings) {
        Map<String, FamilyRecord> latest = new LinkedHashMap<>();
        for (FamilyRecord record : family.ofType("SCHOOL_ATTENDANCE_SUMMARY")) {
            for (String person : family.membersNamed(record)) {
                latest.merge(person, record, (a, b) -> LATEST_PERIOD.compare(a, b) >= 0 ? a : b);
            }
        }
        latest.forEach((person, record) -> {
            Integer present = Details.count(record, "presentSessions");
            Integer possible = Details.count(record, "possibleSessions");
            String period = Wording.period(Details.date(record, "periodStart"), Details.date(record, "periodEnd"));
            BigDecimal percent = present == null || possible == null ? null : percent(present, possible);
            if (percent == null) {
                log.warn(
                        "attendance summary {}: no possible sessions or unreadable figures; shown without a figure",
                        record.eventId());
                findings.noConcern(
                        person, "Attendance summary for " + period + " with no possible sessions", List.of(record));
                return;
            }
            String text = "Attendance " + Wording.percent(percent) + " from " + period;
            if (!family.recent(record)) {
                findings.noConcern(person, text + Wording.OVER_A_YEAR_AGO, List.of(record));
            } else if (percent.compareTo(SEVERE_AT) <= 0) {
                family.signal(Signal.SEVERE_ABSENCE, record);
                family.signal(Signal.PERSISTENT_ABSENCE, record);
                findings.concern(person, text + ": severe absence", List.of(record));
            } else if (percent.compareTo(PERSISTENT_AT) <= 0) {
                family.signal(Signal.PERSISTENT_ABSENCE, record);
                findings.concern(person, text + ": persistent absence", List.of(record));
            } else {
                findings.noConcern(person, text, List.of(record));
            }
        });
    }

    private static String suspension(FamilyRecord record) {
        LocalDate start = Details.date(record, "startDate");
        Integer sessions = Details.count(record, "sessions");
        boolean lunchtimes = "LNCH".equalsIgnoreCase(Details.text(record, "category"));
        String from = " from " + (start == null ? Wording.day(record.occurredAt()) : Wording.day(start));
        if (sessions == null) {
            return (lunchtimes ? "Suspended at lunchtimes" : "Suspended") + from;
        }
        return (lunchtimes
                        ? "Suspended for " + Wording.plural(sessions, "lunchtime", "lunchtimes")
                        : "Suspended for " + Wording.plural(sessions, "session", "sessions"))
                + from;
    }

    private static String exclusion(FamilyRecord record) {
        LocalDate start = Details.date(record, "startDate");
        return "Permanently excluded from " + (start == null ? Wording.day(record.occurredAt()) : Wording.day(start));
    }
}
