package org.thinkfamily.contracts.audit;

/** Who opened the family's record without a relationship, with their stated reasons, newest first. */
public record FindBreakGlassReads(String familyId) {}
