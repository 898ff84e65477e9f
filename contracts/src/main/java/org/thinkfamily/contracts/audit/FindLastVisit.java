package org.thinkfamily.contracts.audit;

/**
 * When the user last opened the family's page or view (a read, not a refusal), answered with an
 * {@code Optional<Instant>}; the family page shows what is new since then.
 */
public record FindLastVisit(String familyId, String user) {}
