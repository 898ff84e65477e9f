package org.thinkfamily.contracts.assessment;

/** What are we worried about: past harm, future danger (a danger statement), complicating factors. */
public enum WorryKind {
    PAST_HARM,
    DANGER_STATEMENT,
    COMPLICATING_FACTOR
}
