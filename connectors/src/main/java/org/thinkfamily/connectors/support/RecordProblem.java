package org.thinkfamily.connectors.support;

/**
 * A record a connector cannot map: which field, and what is wrong, in words that never quote the value
 * (it may be personal data). The record is dead-lettered with this reason.
 */
public class RecordProblem extends RuntimeException {

    private final String field;

    public RecordProblem(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
