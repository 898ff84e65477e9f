package org.thinkfamily.connectors.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thinkfamily.connectors.support.ConnectorProperties;
import org.thinkfamily.connectors.support.RecordingIngest;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.deadletter.DeadLetter;

/** The attendance drop on a real Camel file consumer and a real folder, handing its summaries to a recording ingest port. */
class AttendanceRouteTest {

    static final Path SAMPLES = Path.of("src/test/resources/samples/education-attendance");

    @TempDir
    Path inbox;

    final RecordingIngest hub = new RecordingIngest();
    DefaultCamelContext camel;

    @BeforeEach
    void start() throws Exception {
        ConnectorProperties properties = new ConnectorProperties(
                inbox,
                Duration.ofMillis(50),
                Duration.ofDays(30),
                Duration.ofMinutes(1),
                Duration.ofHours(24),
                3,
                Map.of(),
                null,
                null,
                null);
        camel = new DefaultCamelContext();
        camel.addRoutes(new AttendanceRoute(properties, hub, hub, new SimpleMeterRegistry()));
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    /** As an agency's upload ends: written under a hidden name, then renamed into the drop. */
    void drop(String sample) throws Exception {
        Path folder = Files.createDirectories(inbox.resolve(AttendanceRoute.CONNECTOR));
        Path staging = folder.resolve("." + sample + ".part");
        Files.copy(SAMPLES.resolve(sample), staging);
        Files.move(staging, folder.resolve(sample), StandardCopyOption.ATOMIC_MOVE);
    }

    Path awaitMoved(String to, String sample) {
        Path moved = inbox.resolve(AttendanceRoute.CONNECTOR).resolve(to).resolve(sample);
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(moved));
        return moved;
    }

    @Test
    void a_week_of_marks_is_one_summary_per_pupil_with_the_dfe_figures() throws Exception {
        drop("autumn-week-10.csv");
        awaitMoved(".done", "autumn-week-10.csv");

        assertThat(hub.recorded).hasSize(2).allSatisfy(event -> {
            assertThat(event.type()).isEqualTo(EventType.SCHOOL_ATTENDANCE_SUMMARY);
            assertThat(event.source().sector()).isEqualTo(Sector.EDUCATION);
        });
        CanonicalEvent jane = hub.recorded.stream()
                .filter(e -> e.subjects().get(0).identifiers().get(0).value().equals("B380200126001"))
                .findFirst()
                .orElseThrow();
        assertThat(jane.source().agency()).isEqualTo("school-3802001");
        assertThat(jane.summary()).isEqualTo("Attendance 2026-11-02 to 2026-11-06: 66.7%");
        assertThat(jane.details()).containsEntry("periodStart", "2026-11-02").containsEntry("periodEnd", "2026-11-06");
        CanonicalEvent tom = hub.recorded.stream()
                .filter(e -> e.subjects().get(0).identifiers().get(0).value().equals("F383400125123"))
                .findFirst()
                .orElseThrow();
        assertThat(tom.summary()).isEqualTo("Attendance 2026-11-02 to 2026-11-06: 100.0%");
        assertThat(hub.deadLetters).isEmpty();
    }

    @Test
    void the_same_file_again_records_nothing_new() throws Exception {
        drop("autumn-week-10.csv");
        awaitMoved(".done", "autumn-week-10.csv");
        Files.delete(inbox.resolve(AttendanceRoute.CONNECTOR).resolve(".done/autumn-week-10.csv"));
        drop("autumn-week-10.csv");
        awaitMoved(".done", "autumn-week-10.csv");
        assertThat(hub.recorded).hasSize(2);
    }

    @Test
    void broken_marks_are_dead_lettered_each_with_its_line_and_reason_and_the_rest_is_still_summarised()
            throws Exception {
        drop("broken-marks.csv");
        awaitMoved(".done", "broken-marks.csv");

        assertThat(hub.deadLetters).hasSize(6).allSatisfy(letter -> {
            assertThat(letter.door()).isEqualTo(AttendanceRoute.CONNECTOR);
            assertThat(letter.sector()).isEqualTo(Sector.EDUCATION);
        });
        assertThat(hub.deadLetters)
                .extracting(l -> l.location() + ": " + l.reason())
                .anySatisfy(r -> assertThat(r).contains("line 3").contains("withdrawn in August 2024"))
                .anySatisfy(r -> assertThat(r).contains("line 4").contains("blank"))
                .anySatisfy(r -> assertThat(r).contains("line 5").contains("not a DfE attendance code"))
                .anySatisfy(r -> assertThat(r).contains("line 6").contains("UPN check letter is wrong"))
                .anySatisfy(r -> assertThat(r).contains("line 7").contains("two different marks"))
                .anySatisfy(r -> assertThat(r).contains("line 8").contains("two different marks"));
        DeadLetter line3 = hub.deadLetters.stream()
                .filter(l -> l.location().endsWith("line 3"))
                .findFirst()
                .orElseThrow();
        assertThat(line3.payload()).startsWith("School_LAESTAB,UPN").contains("2026-11-09,PM,H");
        // the pupil's good marks are still summarised, naming the sessions left out
        assertThat(hub.recorded)
                .singleElement()
                .satisfies(summary -> assertThat(summary.details()).containsKey("sessionsLeftOut"));
    }

    @Test
    void a_file_without_a_required_column_is_refused_whole_and_set_aside() throws Exception {
        drop("missing-column.csv");
        awaitMoved(".failed", "missing-column.csv");

        assertThat(hub.recorded).isEmpty();
        assertThat(hub.deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.location()).isEqualTo("missing-column.csv (whole file)");
            assertThat(letter.reason()).contains("session");
            assertThat(letter.payload()).contains("3802001,B380200126001");
        });
    }
}
