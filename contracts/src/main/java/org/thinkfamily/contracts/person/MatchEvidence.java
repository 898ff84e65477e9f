package org.thinkfamily.contracts.person;

/**
 * One field's part in a probabilistic match: which field, how it compared ({@code AGREE}, {@code PARTIAL},
 * {@code DISAGREE}, {@code MISSING}) and its weight. Never the values compared.
 */
public record MatchEvidence(String field, String outcome, double weight) {}
