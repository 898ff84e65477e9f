package org.thinkfamily.hub.thinkfamily;

/**
 * What the evaluation finds in a family's records, by name, for the needs mapping
 * ({@code thinkfamily.needs.met-by}). "Recent" is the last 12 months before now (or the as-at moment).
 * docs/think-family-view.md lists each with its rule.
 */
enum Signal {
    /** A police domestic abuse incident naming a member, recent. */
    DOMESTIC_ABUSE_NOTIFICATION,
    /** A child's latest attendance summary, recent, at 90.0% or less. */
    PERSISTENT_ABSENCE,
    /** A child's latest attendance summary, recent, at 50.0% or less. */
    SEVERE_ABSENCE,
    /** A suspension (any length, lunchtimes too), recent. */
    SUSPENSION,
    /** A permanent exclusion, recent. */
    PERMANENT_EXCLUSION,
    /** A crime or anti-social behaviour incident, recent, with a member as suspect or offender. */
    POLICE_INVOLVEMENT,
    /** A crime or anti-social behaviour incident, recent, with a member as its victim. */
    VICTIM_OF_CRIME,
    /** A youth justice outcome, recent. */
    YOUTH_JUSTICE_OUTCOME,
    /** An adult's out-of-work benefit claim started and not ended. */
    OUT_OF_WORK_BENEFIT,
    /** An A&E attendance, recent. */
    EMERGENCY_ATTENDANCE,
    /** A hospital admission, recent. */
    HOSPITAL_ADMISSION,
    /** A health condition a health agency shared, not recorded as resolved. */
    HEALTH_CONDITION,
    /** Safeguarding flags that are active now, one signal per flag. */
    CHILD_PROTECTION_PLAN,
    UNBORN_CHILD_PROTECTION_PLAN,
    CHILD_IN_NEED,
    LOOKED_AFTER,
    /** An active safeguarding flag of any other code. */
    OTHER_SAFEGUARDING_FLAG,
    /** Any record from the housing sector, recent. */
    HOUSING_EVENT
}
