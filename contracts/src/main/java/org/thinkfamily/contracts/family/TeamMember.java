package org.thinkfamily.contracts.family;

import java.time.Instant;

/** A practitioner on the team around the family from {@code since}, until {@code until} (null while on it). */
public record TeamMember(String user, String agency, Instant since, Instant until) {

    public boolean onTeamAt(Instant at) {
        return !since.isAfter(at) && (until == null || until.isAfter(at));
    }
}
