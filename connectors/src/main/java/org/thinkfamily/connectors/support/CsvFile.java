package org.thinkfamily.connectors.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as agencies export it: a header row, columns in any order and matched case-insensitively
 * (each renameable in configuration), extra columns ignored, UTF-8 with or without a BOM, CRLF or LF,
 * quoted fields holding commas and line breaks. Each row knows the line it starts on and can give
 * its own raw text (the header and the row), which is what a dead letter keeps.
 */
public final class CsvFile {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .get();

    private final List<String> header;
    private final List<Row> rows;

    private CsvFile(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** One data row, read through the layout's column names. */
    public final class Row implements Fields {
        private final CSVRecord record;
        private final long line;
        private final Map<String, String> columns;

        private Row(CSVRecord record, long line, Map<String, String> columns) {
            this.record = record;
            this.line = line;
            this.columns = columns;
        }

        public long line() {
            return line;
        }

        @Override
        public String get(String column) {
            String actual = columns.getOrDefault(column, column);
            if (!record.isMapped(actual) || !record.isSet(actual)) {
                return null;
            }
            String value = record.get(actual);
            return value == null || value.isBlank() ? null : value.strip();
        }

        /** The header and this row, as CSV: enough to read the row again on its own. */
        public String rawText() {
            try {
                StringWriter out = new StringWriter();
                try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
                    printer.printRecord(header);
                    printer.printRecord(record.values());
                }
                return out.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * @param renamed the layout's column name to the name this authority's export uses
     * @throws IllegalArgumentException when the text is not CSV, or a required column is missing
     */
    public static CsvFile parse(String text, Set<String> required, Map<String, String> renamed) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Map<String, String> columns = new HashMap<>();
        renamed.forEach((column, theirs) -> columns.put(column, theirs.toLowerCase(Locale.ROOT)));
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(content))
                .setFormat(FORMAT)
                .get()) {
            List<String> header = parser.getHeaderNames();
            Set<String> present = new LinkedHashSet<>();
            header.forEach(h -> present.add(h.strip().toLowerCase(Locale.ROOT)));
            if (header.isEmpty()) {
                throw new IllegalArgumentException("the file has no header row");
            }
            List<String> missing = required.stream()
                    .filter(c -> !present.contains(columns.getOrDefault(c, c).toLowerCase(Locale.ROOT)))
                    .sorted()
                    .toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("the header lacks the column(s) " + missing);
            }
            CsvFile file = new CsvFile(header, new ArrayList<>());
            var records = parser.iterator();
            while (true) {
                long lineBefore = parser.getCurrentLineNumber();
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                file.rows.add(file.new Row(record, lineBefore + 1, columns));
            }
            return file;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("the file is not readable as CSV (a quote left open?)");
        }
    }

    public List<Row> rows() {
        return rows;
    }
}
