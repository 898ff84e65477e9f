package org.thinkfamily.hub.problem;

/**
 * There is no such thing to answer about: a family, a person, a review pair, an assessment. The web layer
 * answers 404. The message names the id asked for, nothing else.
 */
public class NotFound extends RuntimeException {

    public NotFound(String detail) {
        super(detail);
    }
}
