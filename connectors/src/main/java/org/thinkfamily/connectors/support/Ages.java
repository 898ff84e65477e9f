package org.thinkfamily.connectors.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.thinkfamily.contracts.published.canonical.SubjectRole;

/** A health record names a patient, not their place in a household: under 18 is a child, else an adult. */
public final class Ages {

    private Ages() {}

    public static SubjectRole roleAt(LocalDate birthDate, Instant at) {
        boolean child = birthDate != null
                && Period.between(birthDate, at.atZone(UkTime.LONDON).toLocalDate())
                                .getYears()
                        < 18;
        return child ? SubjectRole.CHILD : SubjectRole.ADULT_IN_HOUSEHOLD;
    }
}
