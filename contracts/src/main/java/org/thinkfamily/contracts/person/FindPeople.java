package org.thinkfamily.contracts.person;

import java.util.List;

/** Query: the people with these ids, as {@link PersonSummary}, in no particular order. */
public record FindPeople(List<String> personIds) {}
