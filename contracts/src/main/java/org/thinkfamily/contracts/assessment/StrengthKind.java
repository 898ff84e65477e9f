package org.thinkfamily.contracts.assessment;

/** What's working well: existing strengths and existing safety. */
public enum StrengthKind {
    STRENGTH,
    EXISTING_SAFETY
}
