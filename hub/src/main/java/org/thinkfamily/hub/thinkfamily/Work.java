package org.thinkfamily.hub.thinkfamily;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thinkfamily.contracts.family.FamilyRecord;

/**
 * "Do adults in the family want help into work?" Each adult's out-of-work benefit claims (by claim reference,
 * or by benefit when a record has none), as the latest record of each claim has them: started and not ended
 * is a concern (an out-of-work benefit now); ended is a fact without concern. Children's claims are not asked about.
 */
final class Work {

    private Work() {}

    static Question assess(Evaluation family) {
        Map<List<String>, List<FamilyRecord>> claims = new LinkedHashMap<>();
        for (FamilyRecord record : family.ofType("OUT_OF_WORK_BENEFIT_STARTED", "OUT_OF_WORK_BENEFIT_ENDED")) {
            String reference = Details.text(record, "claimReference");
            String claim = reference == null || reference.isBlank()
                    ? "benefit:" + Details.text(record, "benefit")
                    : "claim:" + reference.trim();
            for (String adult : family.adultsNamed(record)) {
                claims.computeIfAbsent(List.of(adult, claim), k -> new ArrayList<>())
                        .add(record);
            }
        }
        Findings findings = new Findings();
        claims.forEach((key, records) -> {
            FamilyRecord latest = records.get(records.size() - 1);
            String benefit = benefit(Details.text(latest, "benefit"));
            if (latest.type().equals("OUT_OF_WORK_BENEFIT_STARTED")) {
                family.signal(Signal.OUT_OF_WORK_BENEFIT, records);
                findings.concern(
                        key.get(0), "Claiming " + benefit + " since " + Wording.day(latest.occurredAt()), records);
            } else {
                findings.noConcern(
                        key.get(0),
                        Character.toUpperCase(benefit.charAt(0)) + benefit.substring(1) + " claim ended on "
                                + Wording.day(latest.occurredAt()),
                        records);
            }
        });
        return findings.question();
    }

    private static String benefit(String code) {
        if (code == null) {
            return "an out-of-work benefit";
        }
        return switch (code) {
            case "UC" -> "Universal Credit";
            case "JSA" -> "Jobseeker's Allowance";
            case "ESA" -> "Employment and Support Allowance";
            case "IS" -> "Income Support";
            default -> "out-of-work benefit " + Wording.code(code);
        };
    }
}
