package org.thinkfamily.connectors.support;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.FieldError;
import org.thinkfamily.contracts.published.deadletter.DeadLetter;
import org.thinkfamily.contracts.published.deadletter.DeadLetterPort;
import org.thinkfamily.contracts.published.ingest.IngestPort;
import org.thinkfamily.contracts.published.ingest.IngestResult;
import org.thinkfamily.contracts.published.ingest.IngestStatus;

/**
 * Takes a file of one {@link RowLayout} through the hub's ingest, record by record: each record is
 * accepted, a duplicate, or dead-lettered with its raw rows and line number; nothing of a record is
 * half-applied. A file whose header is wrong is dead-lettered whole. The same file again changes nothing.
 */
public final class RecordFile {

    private static final Logger log = LoggerFactory.getLogger(RecordFile.class);

    private final RowLayout layout;
    private final IngestPort ingest;
    private final DeadLetterPort deadLetters;
    private final ConnectorMetrics metrics;
    private final ConnectorProperties.Drop drop;

    public RecordFile(
            RowLayout layout,
            IngestPort ingest,
            DeadLetterPort deadLetters,
            ConnectorMetrics metrics,
            ConnectorProperties.Drop drop) {
        this.layout = layout;
        this.ingest = ingest;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.drop = drop;
    }

    /** What became of a file: where it goes ({@code .done} or {@code .failed}) and its records' outcomes. */
    public record Outcome(String folder, int accepted, int duplicate, int rejected) {}

    public Outcome process(String fileName, byte[] content) {
        Instant started = Instant.now();
        String checksum = checksum(content);
        CsvFile file;
        try {
            file = CsvFile.parse(Utf8.strict(content), layout.requiredColumns(), drop.columns());
        } catch (IllegalArgumentException unreadable) {
            deadLetters.store(new DeadLetter(
                    layout.connector(),
                    drop.agency(),
                    layout.sector(),
                    fileName + " (whole file)",
                    unreadable.getMessage(),
                    Utf8.lenient(content),
                    "text/csv"));
            metrics.record(IngestStatus.REJECTED.name());
            log.warn(
                    "file refused: connector={} sha256={} reason={}",
                    layout.connector(),
                    checksum,
                    unreadable.getMessage());
            return new Outcome(".failed", 0, 0, 1);
        }
        int[] counts = new int[3];
        for (List<CsvFile.Row> rows : records(file)) {
            IngestResult result = take(rows, fileName, "connector:" + layout.connector());
            counts[result.status().ordinal()]++;
        }
        metrics.took(Duration.between(started, Instant.now()));
        log.info(
                "file processed: connector={} sha256={} records={} accepted={} duplicate={} rejected={}",
                layout.connector(),
                checksum,
                counts[0] + counts[1] + counts[2],
                counts[0],
                counts[1],
                counts[2]);
        return new Outcome(".done", counts[0], counts[1], counts[2]);
    }

    /** A dead letter's rows (its header and rows) taken again. */
    public List<IngestResult> replay(String payload, String actor) {
        CsvFile file = CsvFile.parse(payload, layout.requiredColumns(), drop.columns());
        List<IngestResult> results = new ArrayList<>();
        for (List<CsvFile.Row> rows : records(file)) {
            CanonicalEvent event;
            try {
                event = layout.map(rows, drop.agency());
            } catch (RecordProblem problem) {
                throw new IllegalArgumentException(problem.getMessage());
            }
            results.add(ingest.ingest(event, actor));
        }
        return results;
    }

    private IngestResult take(List<CsvFile.Row> rows, String fileName, String actor) {
        String location = fileName + ", line "
                + rows.stream().map(r -> Long.toString(r.line())).collect(Collectors.joining(", "));
        IngestResult result;
        try {
            result = ingest.ingest(layout.map(rows, drop.agency()), actor);
        } catch (RecordProblem problem) {
            result = IngestResult.rejected(null, List.of(new FieldError(problem.field(), problem.getMessage())));
        }
        if (result.status() == IngestStatus.REJECTED) {
            deadLetters.store(new DeadLetter(
                    layout.connector(),
                    drop.agency(),
                    layout.sector(),
                    location,
                    result.errors().stream().map(FieldError::message).collect(Collectors.joining("; ")),
                    rawText(rows),
                    "text/csv"));
        }
        metrics.record(result.status().name());
        return result;
    }

    private List<List<CsvFile.Row>> records(CsvFile file) {
        Map<Object, List<CsvFile.Row>> grouped = new LinkedHashMap<>();
        for (CsvFile.Row row : file.rows()) {
            String key = layout.groupKey(row);
            grouped.computeIfAbsent(key == null ? row : key, k -> new ArrayList<>())
                    .add(row);
        }
        return new ArrayList<>(grouped.values());
    }

    private static String rawText(List<CsvFile.Row> rows) {
        String first = rows.get(0).rawText();
        StringBuilder text = new StringBuilder(first);
        for (int i = 1; i < rows.size(); i++) {
            String raw = rows.get(i).rawText();
            text.append(raw.substring(raw.indexOf('\n') + 1)); // the header once
        }
        return text.toString();
    }

    /** A file's identity for logs: its name may say whom it is about, its checksum cannot. */
    public static String checksum(byte[] content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
