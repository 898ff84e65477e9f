package org.thinkfamily.hub.thinkfamily;

/**
 * {@code NOT_KNOWN}: no agency has sent anything that bears on the question; {@code NO_CONCERN_KNOWN}: data
 * bears on it and shows no concern; {@code CONCERN}: at least one fact is a concern.
 */
public enum QuestionStatus {
    CONCERN,
    NO_CONCERN_KNOWN,
    NOT_KNOWN
}
