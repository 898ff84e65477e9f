package org.thinkfamily.connectors.education;

import java.util.List;
import org.thinkfamily.connectors.support.Fields;
import org.thinkfamily.connectors.support.Identifiers;
import org.thinkfamily.connectors.support.RecordProblem;
import org.thinkfamily.contracts.published.canonical.Subject;
import org.thinkfamily.contracts.published.canonical.SubjectRole;
import org.thinkfamily.contracts.published.identifier.LocalAuthorityCodes;

/** What the school files share: the school's LAESTAB and the pupil. */
final class Schools {

    private Schools() {}

    /** The school's agency code, {@code school-<laestab>}, after checking the LAESTAB. */
    static String agency(Fields row) {
        String laestab = row.required("school_laestab").replace("/", "");
        if (!laestab.matches("\\d{7}")) {
            throw new RecordProblem(
                    "school_laestab", "must be 7 digits: the local authority number and the establishment number");
        }
        if (!LocalAuthorityCodes.isKnown(laestab.substring(0, 3))) {
            throw new RecordProblem("school_laestab", "does not start with a known local authority number");
        }
        return "school-" + laestab;
    }

    static Subject pupil(Fields row) {
        return new Subject(
                SubjectRole.CHILD,
                List.of(Identifiers.checked("upn", row.required("upn"), "upn")),
                row.name("forename", "surname"),
                row.optionalDate("date_of_birth"),
                null,
                null);
    }
}
