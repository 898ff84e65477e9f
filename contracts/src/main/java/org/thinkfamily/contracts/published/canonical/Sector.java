package org.thinkfamily.contracts.published.canonical;

/** The sector an agency belongs to; an agency account writes only its own sector. */
public enum Sector {
    HEALTH,
    EDUCATION,
    POLICE,
    YOUTH_JUSTICE,
    BENEFITS,
    SOCIAL_CARE,
    EARLY_HELP,
    HOUSING
}
