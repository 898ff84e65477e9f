package org.thinkfamily.contracts.family;

import org.axonframework.serialization.Revision;

/** This family is part of {@code intoFamilyId} now; its view says so and its history stays readable. */
@Revision("1")
public record FamilyMergedInto(String familyId, String intoFamilyId) {}
