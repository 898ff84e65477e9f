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

    /** Records ingested in one transaction: one commit per hundred lines, not one per line. */
    static final int BATCH = 100;

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
        List<List<CsvFile.Row>> records = records(file);
        for (int from = 0; from < records.size(); from += BATCH) {
            for (IngestResult result : take(
                    records.subList(from, Math.min(records.size(), from + BATCH)),
                    fileName,
                    "connector:" + layout.connector())) {
                counts[result.status().ordinal()]++;
            }
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

    /**
     * Records of a file, {@link #BATCH} at a time: those that map to a canonical event are ingested together (one
     * commit for them all, each still applied or rejected whole), and every rejection is dead-lettered with its
     * lines as they came.
     */
    private List<IngestResult> take(List<List<CsvFile.Row>> records, String fileName, String actor) {
        IngestResult[] results = new IngestResult[records.size()];
        List<Integer> mapped = new ArrayList<>();
        List<CanonicalEvent> events = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                events.add(layout.map(records.get(i), drop.agency()));
                mapped.add(i);
            } catch (RecordProblem problem) {
                results[i] =
                        IngestResult.rejected(null, List.of(new FieldError(problem.field(), problem.getMessage())));
            }
        }
        if (!events.isEmpty()) {
            List<IngestResult> ingested = ingest.ingestEach(events, actor);
            for (int k = 0; k < mapped.size(); k++) {
                results[mapped.get(k)] = ingested.get(k);
            }
        }
        for (int i = 0; i < records.size(); i++) {
            List<CsvFile.Row> rows = records.get(i);
            if (results[i].status() == IngestStatus.REJECTED) {
                deadLetters.store(new DeadLetter(
                        layout.connector(),
                        drop.agency(),
                        layout.sector(),
                        fileName + ", line "
                                + rows.stream()
                                        .map(r -> Long.toString(r.line()))
                                        .collect(Collectors.joining(", ")),
                        results[i].errors().stream().map(FieldError::message).collect(Collectors.joining("; ")),
                        rawText(rows),
                        "text/csv"));
            }
            metrics.record(results[i].status().name());
        }
        return List.of(results);
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
