package org.thinkfamily.contracts.agencyevent;

/** The ids of the agency events that name the person (as the timeline holds them: by the person each record is now). */
public record FindAgencyEventsAboutPerson(String personId) {}
