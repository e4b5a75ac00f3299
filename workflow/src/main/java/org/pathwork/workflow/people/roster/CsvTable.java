package org.pathwork.workflow.people.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one CSV file of a bundle row by row, as it streams out of the zip: RFC 4180 quoting (commas,
 * quotes and line breaks inside quotes), UTF-8 with or without a byte-order mark. Each row knows its
 * physical line: the line its first character is on, which differs from the record number once a
 * quoted value spans lines.
 */
final class CsvTable {

    /** One data row: its physical line and its values by column name (a missing column reads as blank). */
    record Row(String file, int line, Map<String, Integer> columns, CSVRecord record) {

        /** The stripped value, or null when the column is absent or the value blank. */
        String get(String column) {
            Integer i = columns.get(column);
            if (i == null || i >= record.size()) {
                return null;
            }
            String v = record.get(i).strip();
            return v.isEmpty() ? null : v;
        }

        boolean has(String column) {
            return columns.containsKey(column);
        }

        RosterError error(String field, String message) {
            return new RosterError(file, line, field, message);
        }
    }

    /** Empty lines are not skipped by the parser (it would hide them from the line count) but here. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private CsvTable() {
    }

    /**
     * Reads the file, handing each data row to rows. A missing required column, a duplicate column, a
     * row with more values than the header or bytes that are not UTF-8 are errors.
     */
    static void read(String file, InputStream in, List<String> required, Consumer<Row> rows, List<RosterError> errors) {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        long before = 0;
        try {
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                errors.add(RosterError.ofFile(file, "The file is empty: it needs at least its header line."));
                return;
            }
            Map<String, Integer> columns = header(file, records.next(), errors);
            if (columns == null) {
                return;
            }
            boolean missing = false;
            for (String column : required) {
                if (!columns.containsKey(column)) {
                    errors.add(new RosterError(file, 1, column, "The required column " + column + " is missing."));
                    missing = true;
                }
            }
            if (missing) {
                return;
            }
            while (true) {
                // read before hasNext(): the iterator parses the next record in hasNext()
                before = parser.getCurrentLineNumber();
                if (!records.hasNext()) {
                    return;
                }
                CSVRecord record = records.next();
                int line = (int) before + 1;
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() > columns.size()) {
                    errors.add(new RosterError(file, line, null, "This line has " + record.size()
                            + " values but the header has " + columns.size() + " columns."));
                    continue;
                }
                rows.accept(new Row(file, line, columns, record));
            }
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof CharacterCodingException || cause.getCause() instanceof CharacterCodingException) {
                errors.add(new RosterError(file, (int) before + 1, null, "The file is not UTF-8 text."));
            } else {
                errors.add(new RosterError(file, (int) before + 1, null,
                        "This is not valid CSV from here on (a quote that is never closed?)."));
            }
        }
    }

    private static Map<String, Integer> header(String file, CSVRecord header, List<RosterError> errors) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1).strip();
            }
            if (columns.putIfAbsent(name, i) != null) {
                errors.add(new RosterError(file, 1, name, "The column " + name + " appears twice."));
                return null;
            }
        }
        return columns;
    }

    /** Thrown from inside a read when the file grows past the size limit: the rest of the upload is not read. */
    static final class SizeLimitExceeded extends RuntimeException {
        SizeLimitExceeded() {
            super("size limit exceeded", null, false, false);
        }
    }
}
