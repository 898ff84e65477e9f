package org.thinkfamily.contracts.person;

import org.thinkfamily.contracts.published.canonical.Identifier;

/** Query: the people holding this identifier (normalised); more than one only for test-range numbers. */
public record FindPeopleByIdentifier(Identifier identifier) {}
