package org.thinkfamily.hub.thinkfamily;

/** The ten Supporting Families headline needs, in the national outcomes framework's order. */
public enum Need {
    GOOD_EDUCATION,
    EARLY_YEARS,
    HEALTH,
    SUBSTANCE_USE,
    FAMILY_RELATIONSHIPS,
    SAFE_FROM_ABUSE_AND_EXPLOITATION,
    CRIME_PREVENTION,
    SAFE_FROM_DOMESTIC_ABUSE,
    SECURE_HOUSING,
    FINANCIAL_STABILITY
}
