package org.thinkfamily.connectors.education;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One pupil's sessions in one file, summarised the DfE way: attendance is present and approved-education
 * sessions over possible sessions; persistent absence is missing 10% or more, severe 50% or more.
 * Sessions whose marks could not be taken are left out and named.
 */
final class AttendanceSummary {

    record Session(LocalDate date, String session) implements Comparable<Session> {
        @Override
        public int compareTo(Session other) {
            int byDate = date.compareTo(other.date);
            return byDate != 0 ? byDate : session.compareTo(other.session);
        }

        @Override
        public String toString() {
            return date + " " + session;
        }
    }

    private final Map<Session, String> marks = new TreeMap<>();
    private final Map<Session, AttendanceMark> kinds = new TreeMap<>();
    private final List<Session> leftOut = new ArrayList<>();

    /** @return false when the session already has a different mark (both are then left out) */
    boolean add(Session session, String mark, AttendanceMark kind) {
        if (leftOut.contains(session)) {
            return false;
        }
        String earlier = marks.putIfAbsent(session, mark);
        if (earlier == null || earlier.equalsIgnoreCase(mark)) {
            kinds.put(session, kind);
            return true;
        }
        marks.remove(session);
        kinds.remove(session);
        leftOut.add(session);
        return false;
    }

    void leaveOut(Session session) {
        if (!leftOut.contains(session)) {
            leftOut.add(session);
        }
        marks.remove(session);
        kinds.remove(session);
    }

    Map<String, Object> details(LocalDate periodStart, LocalDate periodEnd) {
        Map<AttendanceMark, Integer> counts = new EnumMap<>(AttendanceMark.class);
        kinds.values().forEach(k -> counts.merge(k, 1, Integer::sum));
        int present = counts.getOrDefault(AttendanceMark.PRESENT, 0)
                + counts.getOrDefault(AttendanceMark.APPROVED_EDUCATION, 0);
        int authorised = counts.getOrDefault(AttendanceMark.AUTHORISED_ABSENCE, 0);
        int unauthorised = counts.getOrDefault(AttendanceMark.UNAUTHORISED_ABSENCE, 0);
        int possible = present + authorised + unauthorised;
        Map<String, Object> details = new TreeMap<>();
        details.put("periodStart", periodStart.toString());
        details.put("periodEnd", periodEnd.toString());
        details.put("possibleSessions", possible);
        details.put("presentSessions", present);
        details.put("authorisedAbsences", authorised);
        details.put("unauthorisedAbsences", unauthorised);
        if (possible > 0) {
            double missed = (authorised + unauthorised) / (double) possible;
            details.put("attendancePercent", Math.round(1000.0 * present / possible) / 10.0);
            details.put("persistentAbsence", missed >= 0.10);
            details.put("severeAbsence", missed >= 0.50);
        }
        if (!leftOut.isEmpty()) {
            details.put(
                    "sessionsLeftOut",
                    leftOut.stream().sorted().map(Session::toString).toList());
        }
        return details;
    }

    boolean isEmpty() {
        return kinds.isEmpty() && leftOut.isEmpty();
    }
}
