package org.thinkfamily.contracts.family;

import java.util.List;

/** Query: the families these people belong to, as {@link FamilyMembership} rows. */
public record FindFamiliesOfPeople(List<String> personIds) {}
