package org.thinkfamily.connectors.education;

import java.util.Map;
import java.util.Set;
import org.thinkfamily.connectors.support.RecordProblem;

/** What a DfE attendance code counts as (the codes in use since August 2024). */
enum AttendanceMark {
    PRESENT,
    APPROVED_EDUCATION,
    AUTHORISED_ABSENCE,
    UNAUTHORISED_ABSENCE,
    UNABLE_TO_ATTEND,
    NOT_POSSIBLE;

    private static final Map<String, AttendanceMark> CODES = Map.ofEntries(
            Map.entry("/", PRESENT),
            Map.entry("\\", PRESENT),
            Map.entry("L", PRESENT),
            Map.entry("K", APPROVED_EDUCATION),
            Map.entry("V", APPROVED_EDUCATION),
            Map.entry("P", APPROVED_EDUCATION),
            Map.entry("W", APPROVED_EDUCATION),
            Map.entry("B", APPROVED_EDUCATION),
            Map.entry("D", APPROVED_EDUCATION),
            Map.entry("C", AUTHORISED_ABSENCE),
            Map.entry("C1", AUTHORISED_ABSENCE),
            Map.entry("C2", AUTHORISED_ABSENCE),
            Map.entry("E", AUTHORISED_ABSENCE),
            Map.entry("I", AUTHORISED_ABSENCE),
            Map.entry("M", AUTHORISED_ABSENCE),
            Map.entry("J1", AUTHORISED_ABSENCE),
            Map.entry("S", AUTHORISED_ABSENCE),
            Map.entry("R", AUTHORISED_ABSENCE),
            Map.entry("T", AUTHORISED_ABSENCE),
            Map.entry("G", UNAUTHORISED_ABSENCE),
            Map.entry("N", UNAUTHORISED_ABSENCE),
            Map.entry("O", UNAUTHORISED_ABSENCE),
            Map.entry("U", UNAUTHORISED_ABSENCE),
            Map.entry("Q", UNABLE_TO_ATTEND),
            Map.entry("Y1", UNABLE_TO_ATTEND),
            Map.entry("Y2", UNABLE_TO_ATTEND),
            Map.entry("Y3", UNABLE_TO_ATTEND),
            Map.entry("Y4", UNABLE_TO_ATTEND),
            Map.entry("Y5", UNABLE_TO_ATTEND),
            Map.entry("Y6", UNABLE_TO_ATTEND),
            Map.entry("Y7", UNABLE_TO_ATTEND),
            Map.entry("X", NOT_POSSIBLE),
            Map.entry("Z", NOT_POSSIBLE),
            Map.entry("#", NOT_POSSIBLE));

    /** Withdrawn in August 2024: reported when they appear in current data, never mapped to a guess. */
    private static final Set<String> WITHDRAWN = Set.of("H", "F", "J", "Y");

    static AttendanceMark of(String code) {
        if (code == null) {
            throw new RecordProblem("mark", "is blank: every session needs a DfE attendance code");
        }
        String mark = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (WITHDRAWN.contains(mark)) {
            throw new RecordProblem(
                    "mark", "code " + mark + " was withdrawn in August 2024: record the session with a current code");
        }
        AttendanceMark kind = CODES.get(mark);
        if (kind == null) {
            throw new RecordProblem("mark", "is not a DfE attendance code");
        }
        return kind;
    }

    /** A session the pupil could have attended (it counts towards attendance). */
    boolean isPossible() {
        return this != UNABLE_TO_ATTEND && this != NOT_POSSIBLE;
    }
}
