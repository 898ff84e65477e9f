package org.thinkfamily.contracts.assessment;

/** Who adds to an assessment: their login name, and their agency code (null for people without one, e.g. a manager). */
public record Contributor(String user, String agency) {}
