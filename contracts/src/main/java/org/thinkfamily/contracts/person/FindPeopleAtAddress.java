package org.thinkfamily.contracts.person;

/** Query: the ids of the people registered at this property (UPRN), each person once. */
public record FindPeopleAtAddress(String uprn) {}
