package org.thinkfamily.hub.thinkfamily;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thinkfamily.contracts.family.FamilyRecord;

/**
 * "Are there health or safeguarding issues?" A&E attendances and hospital admissions in the last 12 months,
 * safeguarding flags active now, domestic abuse incidents in the last 12 months (a child present or not:
 * the adult victim is at risk too; the fact says which), and health conditions not recorded as resolved.
 * Older episodes and ended flags are facts without concern.
 */
final class HealthAndSafeguarding {

    private static final Set<String> NOT_CURRENT =
            Set.of("resolved", "inactive", "remission", "entered-in-error", "refuted");

    private HealthAndSafeguarding() {}

    static Question assess(Evaluation family) {
        Findings findings = new Findings();
        episodes(family, findings, "EMERGENCY_ATTENDANCE", "A&E attendance", Signal.EMERGENCY_ATTENDANCE);
        episodes(family, findings, "HOSPITAL_ADMISSION", "Hospital admission", Signal.HOSPITAL_ADMISSION);
        domesticAbuse(family, findings);
        flags(family, findings);
        conditions(family, findings);
        return findings.question();
    }

    private static void episodes(Evaluation family, Findings findings, String type, String what, Signal signal) {
        for (FamilyRecord record : family.ofType(type)) {
            String text = what + " on " + Wording.day(record.occurredAt());
            boolean recent = family.recent(record);
            if (recent) {
                family.signal(signal, record);
            }
            for (String person : family.membersNamed(record)) {
                if (recent) {
                    findings.concern(person, text, List.of(record));
                } else {
                    findings.noConcern(person, text + Wording.OVER_A_YEAR_AGO, List.of(record));
                }
            }
        }
    }

    private static void domesticAbuse(Evaluation family, Findings findings) {
        for (FamilyRecord record : family.ofType("DOMESTIC_ABUSE_INCIDENT")) {
            String text = "Domestic abuse incident reported by police on " + Wording.day(record.occurredAt())
                    + (Details.isTrue(record, "childPresent") ? ", a child present" : ", no child recorded as present");
            boolean recent = family.recent(record);
            if (recent) {
                family.signal(Signal.DOMESTIC_ABUSE_NOTIFICATION, record);
            }
            for (String person : family.membersNamed(record)) {
                if (recent) {
                    findings.concern(person, text, List.of(record));
                } else {
                    findings.noConcern(person, text + Wording.OVER_A_YEAR_AGO, List.of(record));
                }
            }
        }
    }

    /** Each person's flag as its latest record has it: active, with no end before today. */
    private static void flags(Evaluation family, Findings findings) {
        Map<List<String>, List<FamilyRecord>> byPersonAndFlag = new LinkedHashMap<>();
        for (FamilyRecord record : family.ofType("SAFEGUARDING_FLAG")) {
            String flag = Details.text(record, "flag");
            for (String person : family.membersNamed(record)) {
                byPersonAndFlag
                        .computeIfAbsent(List.of(person, flag == null ? "" : flag), k -> new ArrayList<>())
                        .add(record);
            }
        }
        byPersonAndFlag.forEach((key, records) -> {
            FamilyRecord latest = records.get(records.size() - 1);
            String person = key.get(0);
            String flag = key.get(1);
            LocalDate start = Details.date(latest, "start");
            LocalDate end = Details.date(latest, "end");
            boolean active = Details.isTrue(latest, "active") && (end == null || !end.isBefore(family.today));
            if (active) {
                family.signal(signalOf(flag), records);
                findings.concern(person, label(flag) + (start == null ? "" : " since " + Wording.day(start)), records);
            } else {
                findings.noConcern(
                        person,
                        label(flag) + " no longer active" + (end == null ? "" : ", ended " + Wording.day(end)),
                        records);
            }
        });
    }

    /** Each person's condition (by its code) as its latest record has it. */
    private static void conditions(Evaluation family, Findings findings) {
        Map<List<String>, List<FamilyRecord>> byPersonAndCode = new LinkedHashMap<>();
        for (FamilyRecord record : family.ofType("HEALTH_CONDITION_RECORDED")) {
            String code = Details.text(record, "code");
            for (String person : family.membersNamed(record)) {
                byPersonAndCode
                        .computeIfAbsent(List.of(person, code == null ? "" : code), k -> new ArrayList<>())
                        .add(record);
            }
        }
        byPersonAndCode.forEach((key, records) -> {
            FamilyRecord latest = records.get(records.size() - 1);
            String display = Details.text(latest, "display");
            String status = Details.text(latest, "clinicalStatus");
            String text = "Health condition recorded" + (display == null || display.isBlank() ? "" : ": " + display);
            if (status != null && NOT_CURRENT.contains(status.trim().toLowerCase(java.util.Locale.ROOT))) {
                findings.noConcern(
                        key.get(0), text + " (" + status.trim().toLowerCase(java.util.Locale.ROOT) + ")", records);
            } else {
                family.signal(Signal.HEALTH_CONDITION, records);
                findings.concern(key.get(0), text, records);
            }
        });
    }

    private static Signal signalOf(String flag) {
        return switch (flag) {
            case "CHILD_PROTECTION_PLAN" -> Signal.CHILD_PROTECTION_PLAN;
            case "UNBORN_CHILD_PROTECTION_PLAN" -> Signal.UNBORN_CHILD_PROTECTION_PLAN;
            case "CHILD_IN_NEED" -> Signal.CHILD_IN_NEED;
            case "LOOKED_AFTER" -> Signal.LOOKED_AFTER;
            default -> Signal.OTHER_SAFEGUARDING_FLAG;
        };
    }

    private static String label(String flag) {
        return switch (flag) {
            case "CHILD_PROTECTION_PLAN" -> "Child protection plan";
            case "UNBORN_CHILD_PROTECTION_PLAN" -> "Unborn child protection plan";
            case "CHILD_IN_NEED" -> "Child in need";
            case "LOOKED_AFTER" -> "Looked after";
            case "" -> "Safeguarding flag";
            default -> "Safeguarding flag: " + Wording.code(flag);
        };
    }
}
