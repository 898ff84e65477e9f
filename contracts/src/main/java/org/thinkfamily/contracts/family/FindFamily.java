package org.thinkfamily.contracts.family;

/** Query: a family's household and relationships, or an empty answer when no such family exists. */
public record FindFamily(String familyId) {}
