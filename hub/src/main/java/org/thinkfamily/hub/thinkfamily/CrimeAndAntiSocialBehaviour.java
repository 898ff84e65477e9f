package org.thinkfamily.hub.thinkfamily;

import java.util.List;
import java.util.Locale;
import org.thinkfamily.contracts.family.FamilyRecord;

/**
 * "Is anyone in the family involved in crime or anti-social behaviour?" Police crime and anti-social
 * behaviour incidents in the last 12 months with a member as SUSPECT or OFFENDER, and youth justice
 * outcomes in the last 12 months, are concerns. A member who was the VICTIM or a WITNESS is a fact without
 * concern (a victim is also the VICTIM_OF_CRIME signal, which an authority may map to a need). Older records
 * are facts without concern. Domestic abuse incidents belong to the health and safeguarding question.
 */
final class CrimeAndAntiSocialBehaviour {

    private CrimeAndAntiSocialBehaviour() {}

    static Question assess(Evaluation family) {
        Findings findings = new Findings();
        for (FamilyRecord record : family.ofType("CRIME_INCIDENT", "ANTI_SOCIAL_BEHAVIOUR")) {
            String involvement = Details.text(record, "involvement");
            involvement = involvement == null ? null : involvement.trim().toUpperCase(Locale.ROOT);
            String text = (record.type().equals("CRIME_INCIDENT") ? "Crime incident" : "Anti-social behaviour") + " on "
                    + Wording.day(record.occurredAt()) + ": "
                    + (involvement == null ? "involvement not stated" : Wording.code(involvement));
            boolean recent = family.recent(record);
            boolean involved = "SUSPECT".equals(involvement) || "OFFENDER".equals(involvement);
            if (recent && involved) {
                family.signal(Signal.POLICE_INVOLVEMENT, record);
            } else if (recent && "VICTIM".equals(involvement)) {
                family.signal(Signal.VICTIM_OF_CRIME, record);
            }
            for (String person : family.membersNamed(record)) {
                if (!recent) {
                    findings.noConcern(person, text + Wording.OVER_A_YEAR_AGO, List.of(record));
                } else if (involved) {
                    findings.concern(person, text, List.of(record));
                } else {
                    findings.noConcern(person, text, List.of(record));
                }
            }
        }
        for (FamilyRecord record : family.ofType("YOUTH_JUSTICE_OUTCOME")) {
            String text = "Youth justice outcome on " + Wording.day(record.occurredAt()) + ": "
                    + Wording.code(Details.text(record, "outcome"));
            boolean recent = family.recent(record);
            if (recent) {
                family.signal(Signal.YOUTH_JUSTICE_OUTCOME, record);
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
}
