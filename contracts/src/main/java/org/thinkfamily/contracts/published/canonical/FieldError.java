package org.thinkfamily.contracts.published.canonical;

/**
 * One reason a record was rejected: the path of the field (e.g. {@code subjects[0].identifiers[0].value})
 * and a message a person can act on. Messages name rules, never the personal data that broke them.
 */
public record FieldError(String field, String message) {}
