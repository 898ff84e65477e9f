package org.thinkfamily.connectors.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thinkfamily.connectors.support.RecordProblem;

class AttendanceSummaryTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private static AttendanceSummary.Session am(int day) {
        return new AttendanceSummary.Session(MONDAY.plusDays(day), "AM");
    }

    @Test
    void counts_present_and_approved_education_over_possible_sessions() {
        AttendanceSummary summary = new AttendanceSummary();
        String[] marks = {"/", "L", "K", "I", "N", "Y1", "X", "#", "\\", "C1"};
        for (int i = 0; i < marks.length; i++) {
            summary.add(am(i), marks[i], AttendanceMark.of(marks[i]));
        }
        Map<String, Object> details = summary.details(MONDAY, MONDAY.plusDays(9));
        assertThat(details)
                .containsEntry("presentSessions", 4)
                .containsEntry("authorisedAbsences", 2)
                .containsEntry("unauthorisedAbsences", 1)
                .containsEntry("possibleSessions", 7)
                .containsEntry("attendancePercent", 57.1)
                .containsEntry("persistentAbsence", true)
                .containsEntry("severeAbsence", false);
    }

    @Test
    void persistent_absence_starts_at_ten_percent_missed_and_severe_at_fifty() {
        AttendanceSummary summary = new AttendanceSummary();
        for (int i = 0; i < 10; i++) {
            summary.add(am(i), i < 5 ? "N" : "/", AttendanceMark.of(i < 5 ? "N" : "/"));
        }
        assertThat(summary.details(MONDAY, MONDAY).get("severeAbsence")).isEqualTo(true);
        AttendanceSummary ninety = new AttendanceSummary();
        for (int i = 0; i < 10; i++) {
            ninety.add(am(i), i < 1 ? "I" : "/", AttendanceMark.of(i < 1 ? "I" : "/"));
        }
        assertThat(ninety.details(MONDAY, MONDAY))
                .containsEntry("persistentAbsence", true)
                .containsEntry("attendancePercent", 90.0);
    }

    @Test
    void two_different_marks_for_one_session_leave_it_out_and_name_it() {
        AttendanceSummary summary = new AttendanceSummary();
        assertThat(summary.add(am(0), "/", AttendanceMark.of("/"))).isTrue();
        assertThat(summary.add(am(0), "/", AttendanceMark.of("/"))).isTrue();
        assertThat(summary.add(am(0), "N", AttendanceMark.of("N"))).isFalse();
        Map<String, Object> details = summary.details(MONDAY, MONDAY);
        assertThat(details).containsEntry("possibleSessions", 0).doesNotContainKey("attendancePercent");
        assertThat(details.get("sessionsLeftOut")).asList().containsExactly("2026-11-02 AM");
    }

    @Test
    void withdrawn_unknown_and_blank_codes_are_refused_with_a_reason() {
        assertThatThrownBy(() -> AttendanceMark.of("H"))
                .isInstanceOf(RecordProblem.class)
                .hasMessageContaining("withdrawn in August 2024");
        assertThatThrownBy(() -> AttendanceMark.of("Y")).hasMessageContaining("withdrawn");
        assertThatThrownBy(() -> AttendanceMark.of("Q9")).hasMessageContaining("not a DfE attendance code");
        assertThatThrownBy(() -> AttendanceMark.of(null)).hasMessageContaining("blank");
        assertThat(AttendanceMark.of("y7")).isEqualTo(AttendanceMark.UNABLE_TO_ATTEND);
    }
}
