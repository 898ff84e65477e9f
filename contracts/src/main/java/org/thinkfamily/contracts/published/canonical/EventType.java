package org.thinkfamily.contracts.published.canonical;

import static org.thinkfamily.contracts.published.canonical.DetailField.Kind.BOOLEAN;
import static org.thinkfamily.contracts.published.canonical.DetailField.Kind.CODE_LIST;
import static org.thinkfamily.contracts.published.canonical.DetailField.Kind.COUNT;
import static org.thinkfamily.contracts.published.canonical.DetailField.Kind.DATE;
import static org.thinkfamily.contracts.published.canonical.DetailField.Kind.DATE_TIME;
import static org.thinkfamily.contracts.published.canonical.DetailField.Kind.TEXT;
import static org.thinkfamily.contracts.published.canonical.DetailField.code;
import static org.thinkfamily.contracts.published.canonical.DetailField.optional;
import static org.thinkfamily.contracts.published.canonical.DetailField.required;
import static org.thinkfamily.contracts.published.canonical.Sector.BENEFITS;
import static org.thinkfamily.contracts.published.canonical.Sector.EARLY_HELP;
import static org.thinkfamily.contracts.published.canonical.Sector.EDUCATION;
import static org.thinkfamily.contracts.published.canonical.Sector.HEALTH;
import static org.thinkfamily.contracts.published.canonical.Sector.HOUSING;
import static org.thinkfamily.contracts.published.canonical.Sector.POLICE;
import static org.thinkfamily.contracts.published.canonical.Sector.SOCIAL_CARE;
import static org.thinkfamily.contracts.published.canonical.Sector.YOUTH_JUSTICE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The vocabulary of agency event types: which sectors may send each, and the facts its
 * {@code details} must carry.
 */
public enum EventType {
    EMERGENCY_ATTENDANCE(
            EnumSet.of(HEALTH), required("site", TEXT), required("arrivedAt", DATE_TIME), optional("reason", TEXT)),
    HOSPITAL_ADMISSION(
            EnumSet.of(HEALTH), required("site", TEXT), required("arrivedAt", DATE_TIME), optional("reason", TEXT)),
    HOSPITAL_DISCHARGE(EnumSet.of(HEALTH), required("site", TEXT), required("dischargedAt", DATE_TIME)),
    /** A clinical condition recorded by a health agency (a FHIR Condition): health detail, so kept restricted by its sender. */
    HEALTH_CONDITION_RECORDED(
            EnumSet.of(HEALTH), required("code", TEXT), optional("display", TEXT), optional("clinicalStatus", TEXT)),
    /** An observation a health agency records that matters for safeguarding (social history, configured codes). */
    HEALTH_OBSERVATION_RECORDED(
            EnumSet.of(HEALTH), required("code", TEXT), optional("display", TEXT), optional("value", TEXT)),
    /** An agency's record of a person's details changed (an HL7 A08): identifiers and demographics, no episode. */
    DEMOGRAPHICS_UPDATED(EnumSet.of(HEALTH)),
    /** An agency asks for two of its records to be treated as one person (an HL7 A40): never merged silently. */
    IDENTITY_MERGE_REQUESTED(EnumSet.of(HEALTH), required("priorIdentifier", TEXT)),
    /**
     * An agency records how two people are related (a FHIR RelatedPerson or Patient.contact, an HL7 NK1, a school's
     * parent/carer contact, a benefit claim's household): it builds households.
     */
    FAMILY_RELATIONSHIP_RECORDED(
            EnumSet.of(HEALTH, EDUCATION, SOCIAL_CARE, EARLY_HELP, BENEFITS), required("relationship", TEXT)),
    SAFEGUARDING_FLAG(
            EnumSet.of(HEALTH, SOCIAL_CARE, EDUCATION, POLICE),
            code(
                    "flag",
                    true,
                    "CHILD_PROTECTION_PLAN",
                    "LOOKED_AFTER",
                    "UNBORN_CHILD_PROTECTION_PLAN",
                    "CHILD_IN_NEED"),
            required("active", BOOLEAN),
            required("start", DATE),
            optional("end", DATE)),
    SCHOOL_ATTENDANCE_SUMMARY(
            EnumSet.of(EDUCATION),
            required("periodStart", DATE),
            required("periodEnd", DATE),
            required("possibleSessions", COUNT),
            required("presentSessions", COUNT),
            required("authorisedAbsences", COUNT),
            required("unauthorisedAbsences", COUNT)),
    SUSPENSION(
            EnumSet.of(EDUCATION),
            required("category", TEXT),
            required("reasons", CODE_LIST),
            required("startDate", DATE),
            required("sessions", COUNT)),
    PERMANENT_EXCLUSION(
            EnumSet.of(EDUCATION),
            required("category", TEXT),
            required("reasons", CODE_LIST),
            required("startDate", DATE),
            required("sessions", COUNT)),
    DOMESTIC_ABUSE_INCIDENT(
            EnumSet.of(POLICE),
            required("policeReference", TEXT),
            required("childPresent", BOOLEAN),
            optional("voiceOfChild", TEXT)),
    CRIME_INCIDENT(
            EnumSet.of(POLICE),
            required("policeReference", TEXT),
            code("involvement", false, "SUSPECT", "VICTIM", "WITNESS", "OFFENDER")),
    ANTI_SOCIAL_BEHAVIOUR(
            EnumSet.of(POLICE, HOUSING),
            required("policeReference", TEXT),
            code("involvement", false, "SUSPECT", "VICTIM", "WITNESS", "OFFENDER")),
    YOUTH_JUSTICE_OUTCOME(
            EnumSet.of(YOUTH_JUSTICE),
            code("outcome", true, "CAUTION", "REFERRAL_ORDER", "YOUTH_REHABILITATION_ORDER", "CUSTODY"),
            required("offenceCategory", TEXT)),
    OUT_OF_WORK_BENEFIT_STARTED(
            EnumSet.of(BENEFITS), code("benefit", true, "UC", "JSA", "ESA", "IS"), required("claimReference", TEXT)),
    OUT_OF_WORK_BENEFIT_ENDED(
            EnumSet.of(BENEFITS), code("benefit", true, "UC", "JSA", "ESA", "IS"), required("claimReference", TEXT)),
    CONTACT_RECEIVED(EnumSet.of(EARLY_HELP, SOCIAL_CARE), required("reason", TEXT), required("contactedBy", TEXT)),
    /** A household applied to the council as homeless or threatened with homelessness: why, when, the case. */
    HOMELESSNESS_APPLICATION(
            EnumSet.of(HOUSING),
            required("applicationDate", DATE),
            code(
                    "reason",
                    true,
                    "END_OF_PRIVATE_TENANCY",
                    "END_OF_SOCIAL_TENANCY",
                    "FAMILY_OR_FRIENDS_NO_LONGER_ACCOMMODATE",
                    "DOMESTIC_ABUSE",
                    "RELATIONSHIP_BREAKDOWN",
                    "LEFT_INSTITUTION"),
            required("caseReference", TEXT)),
    /** A tenancy at risk of being lost: arrears, a notice served, possession proceedings; {@code since} is when it began. */
    TENANCY_AT_RISK(
            EnumSet.of(HOUSING),
            code("risk", true, "RENT_ARREARS", "NOTICE_SERVED", "POSSESSION_PROCEEDINGS", "EVICTION_SCHEDULED"),
            required("since", DATE),
            required("tenancyReference", TEXT)),
    /** A household placed in temporary accommodation, or leaving it ({@code change}), on a date. */
    TEMPORARY_ACCOMMODATION(
            EnumSet.of(HOUSING),
            code("change", false, "PLACED", "LEFT"),
            required("date", DATE),
            optional("accommodationType", TEXT),
            required("placementReference", TEXT));

    private final Set<Sector> sectors;
    private final List<DetailField> details;

    EventType(Set<Sector> sectors, DetailField... details) {
        this.sectors = Set.copyOf(sectors);
        this.details = List.of(details);
    }

    /** The sectors whose agencies may send this type. */
    public Set<Sector> sectors() {
        return sectors;
    }

    public List<DetailField> details() {
        return details;
    }
}
