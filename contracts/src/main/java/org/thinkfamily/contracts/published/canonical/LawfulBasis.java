package org.thinkfamily.contracts.published.canonical;

/** The lawful basis under which an agency shared a record; it travels with the event. */
public enum LawfulBasis {
    SAFEGUARDING,
    CONSENT,
    PUBLIC_TASK,
    LEGAL_OBLIGATION
}
