package org.thinkfamily.connectors.education;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.thinkfamily.connectors.support.ConnectorMetrics;
import org.thinkfamily.connectors.support.ConnectorProperties;
import org.thinkfamily.connectors.support.CsvFile;
import org.thinkfamily.connectors.support.FileDrops;
import org.thinkfamily.connectors.support.FileRefusals;
import org.thinkfamily.connectors.support.Identifiers;
import org.thinkfamily.connectors.support.RecordFile;
import org.thinkfamily.connectors.support.RecordProblem;
import org.thinkfamily.connectors.support.UkTime;
import org.thinkfamily.connectors.support.Utf8;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.FieldError;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.contracts.published.canonical.Source;
import org.thinkfamily.contracts.published.canonical.Subject;
import org.thinkfamily.contracts.published.deadletter.DeadLetter;
import org.thinkfamily.contracts.published.deadletter.DeadLetterPort;
import org.thinkfamily.contracts.published.deadletter.ReplayableDoor;
import org.thinkfamily.contracts.published.ingest.IngestPort;
import org.thinkfamily.contracts.published.ingest.IngestResult;
import org.thinkfamily.contracts.published.ingest.IngestStatus;

/**
 * School attendance CSV drop ({@code data/inbox/education-attendance/}): session marks per pupil, one
 * {@code SCHOOL_ATTENDANCE_SUMMARY} per pupil for the file's period. A mark that is blank, unknown or
 * withdrawn, or two different marks for one session, are dead-lettered and that session is left out of
 * the summary, which names it. The summary's message id includes its figures, so the same file again is
 * a duplicate, while a corrected file is a new summary.
 */
@Component
@ConditionalOnProperty(
        name = "thinkfamily.connectors.drops.education-attendance.enabled",
        havingValue = "true",
        matchIfMissing = true)
class AttendanceRoute extends RouteBuilder implements ReplayableDoor {

    static final String CONNECTOR = "education-attendance";
    private static final Set<String> REQUIRED = Set.of("school_laestab", "upn", "attendance_date", "session", "mark");
    private static final Logger log = LoggerFactory.getLogger(AttendanceRoute.class);

    private final ConnectorProperties properties;
    private final IngestPort ingest;
    private final DeadLetterPort deadLetters;
    private final ConnectorMetrics metrics;

    AttendanceRoute(
            ConnectorProperties properties, IngestPort ingest, DeadLetterPort deadLetters, MeterRegistry meters) {
        this.properties = properties;
        this.ingest = ingest;
        this.deadLetters = deadLetters;
        this.metrics = new ConnectorMetrics(meters, CONNECTOR);
    }

    @Override
    public void configure() {
        FileDrops.from(
                this,
                properties,
                CONNECTOR,
                new FileRefusals(deadLetters, CONNECTOR, null, Sector.EDUCATION, "text/csv"),
                this::process);
    }

    @Override
    public String door() {
        return CONNECTOR;
    }

    @Override
    public List<IngestResult> replay(String payload, String actor) {
        throw new IllegalArgumentException(
                "attendance marks are summarised per pupil and file: correct the marks at source "
                        + "and drop the corrected file again (it is recorded as a new summary)");
    }

    private record Pupil(String agency, Subject subject) {}

    String process(String fileName, byte[] content) {
        CsvFile file;
        try {
            file = CsvFile.parse(
                    Utf8.strict(content), REQUIRED, properties.drop(CONNECTOR).columns());
        } catch (IllegalArgumentException unreadable) {
            deadLetter(fileName + " (whole file)", unreadable.getMessage(), Utf8.lenient(content));
            return ".failed";
        }
        Map<String, Pupil> pupils = new LinkedHashMap<>();
        Map<String, AttendanceSummary> summaries = new LinkedHashMap<>();
        Map<String, List<CsvFile.Row>> rowsOf = new LinkedHashMap<>();
        Map<String, CsvFile.Row> firstRowOfSession = new LinkedHashMap<>();
        LocalDate start = null;
        LocalDate end = null;
        int rejectedRows = 0;
        for (CsvFile.Row row : file.rows()) {
            String key;
            try {
                String agency = Schools.agency(row);
                Subject pupil = Schools.pupil(row);
                key = agency + "/" + pupil.identifiers().get(0).value();
                pupils.putIfAbsent(key, new Pupil(agency, pupil));
            } catch (RecordProblem problem) {
                deadLetter(fileName + ", line " + row.line(), problem.getMessage(), row.rawText());
                rejectedRows++;
                continue;
            }
            AttendanceSummary summary = summaries.computeIfAbsent(key, k -> new AttendanceSummary());
            rowsOf.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            AttendanceSummary.Session session = null;
            try {
                LocalDate date = row.requiredDate("attendance_date");
                String half = Identifiers.code(row.required("session"));
                if (!half.equals("AM") && !half.equals("PM")) {
                    throw new RecordProblem("session", "must be AM or PM");
                }
                session = new AttendanceSummary.Session(date, half);
                AttendanceMark kind = AttendanceMark.of(row.get("mark"));
                start = start == null || date.isBefore(start) ? date : start;
                end = end == null || date.isAfter(end) ? date : end;
                String sessionKey = key + "/" + session;
                if (!summary.add(session, row.get("mark"), kind)) {
                    CsvFile.Row earlier = firstRowOfSession.get(sessionKey);
                    String reason = "mark: two different marks for one pupil and session; neither is taken";
                    if (earlier != null) {
                        deadLetter(fileName + ", line " + earlier.line(), reason, earlier.rawText());
                    }
                    deadLetter(fileName + ", line " + row.line(), reason, row.rawText());
                    rejectedRows++;
                } else {
                    firstRowOfSession.putIfAbsent(sessionKey, row);
                }
            } catch (RecordProblem problem) {
                if (session != null) {
                    summary.leaveOut(session);
                }
                deadLetter(fileName + ", line " + row.line(), problem.getMessage(), row.rawText());
                rejectedRows++;
            }
        }
        int[] counts = new int[3];
        for (var entry : summaries.entrySet()) {
            if (start == null || entry.getValue().isEmpty()) {
                continue;
            }
            Pupil pupil = pupils.get(entry.getKey());
            IngestResult result =
                    ingest.ingest(summaryEvent(pupil, entry.getValue(), start, end), "connector:" + CONNECTOR);
            counts[result.status().ordinal()]++;
            metrics.record(result.status().name());
            if (result.status() == IngestStatus.REJECTED) {
                List<CsvFile.Row> rows = rowsOf.get(entry.getKey());
                deadLetter(
                        fileName + ", lines of one pupil from line "
                                + rows.get(0).line(),
                        result.errors().stream().map(FieldError::message).collect(Collectors.joining("; ")),
                        rows.stream().map(CsvFile.Row::rawText).collect(Collectors.joining()));
            }
        }
        log.info(
                "file processed: connector={} sha256={} pupils={} accepted={} duplicate={} rejected={} rows-dead-lettered={}",
                CONNECTOR,
                RecordFile.checksum(content),
                summaries.size(),
                counts[0],
                counts[1],
                counts[2],
                rejectedRows);
        return ".done";
    }

    private static CanonicalEvent summaryEvent(Pupil pupil, AttendanceSummary summary, LocalDate start, LocalDate end) {
        Map<String, Object> details = summary.details(start, end);
        String figures = details.get("possibleSessions") + "-" + details.get("presentSessions") + "-"
                + details.get("authorisedAbsences") + "-" + details.get("unauthorisedAbsences");
        String messageId = String.join(
                "/",
                pupil.agency(),
                pupil.subject().identifiers().get(0).value(),
                start.toString(),
                end.toString(),
                figures);
        Object percent = details.get("attendancePercent");
        return new CanonicalEvent(
                new Source(pupil.agency(), Sector.EDUCATION, "attendance-file", messageId),
                EventType.SCHOOL_ATTENDANCE_SUMMARY,
                UkTime.startOfDay(end),
                List.of(pupil.subject()),
                "Attendance " + start + " to " + end
                        + (percent == null ? ": no possible sessions" : ": " + percent + "%"),
                Sensitivity.STANDARD,
                details,
                null);
    }

    private void deadLetter(String location, String reason, String payload) {
        deadLetters.store(new DeadLetter(CONNECTOR, null, Sector.EDUCATION, location, reason, payload, "text/csv"));
        metrics.record("DEAD_LETTERED");
    }
}
