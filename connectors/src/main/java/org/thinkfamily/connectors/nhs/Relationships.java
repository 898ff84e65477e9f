package org.thinkfamily.connectors.nhs;

import java.util.Locale;
import java.util.Set;

/**
 * Which relationship codes make a person a parent or carer of the patient, so one of the patient's household: the
 * same set for FHIR ({@code RelatedPerson.relationship}, {@code Patient.contact.relationship}) and HL7 v2 (NK1-3).
 * HL7 v3 RoleCode: mother, father, parent, natural, step, adoptive and foster parents, guardian; HL7 v2 table
 * 0063: {@code MTH}, {@code FTH}, {@code PAR}, {@code GRD}, {@code CGV} (care giver). Any other code (a grandparent,
 * a sibling, a neighbour; the contact roles of v2 table 0131 such as {@code N} next of kin, {@code C} emergency
 * contact) does not say the person lives with the patient.
 */
final class Relationships {

    static final Set<String> PARENTS = Set.of(
            "MTH",
            "FTH",
            "PRN",
            "NPRN",
            "NMTH",
            "NFTH",
            "STPPRN",
            "STPMTH",
            "STPFTH",
            "ADOPTP",
            "ADOPTF",
            "ADOPTM",
            "PRNFOST",
            "MTHFOST",
            "FTHFOST",
            "FOSTERPRN",
            "GUARD",
            "GRD",
            "PARENT",
            "GUARDIAN",
            "PAR",
            "CGV");

    private Relationships() {}

    static boolean isParentOrCarer(String code) {
        return code != null && PARENTS.contains(code.strip().toUpperCase(Locale.ROOT));
    }
}
