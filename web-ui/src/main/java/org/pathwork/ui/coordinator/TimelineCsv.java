package org.pathwork.ui.coordinator;

import java.util.List;
import java.util.function.Function;
import org.pathwork.workflow.audit.TimelineEntry;

/**
 * A placement's audit timeline as CSV (RFC 4180) for spreadsheets. Cells are quoted when they need
 * to be, and a cell that a spreadsheet would run as a formula (starting with = + - @, or a tab or
 * carriage return) gets a leading apostrophe: the text comes from people and must stay text. An
 * entry's details (the final evaluation's level for each skill, and the supervisor's comment) follow
 * its sentence in the same "what" cell, a line each, so that each row stays one entry of the timeline.
 */
public final class TimelineCsv {

    static final String HEADER = "seq,at,who,role,source,what,why";

    private TimelineCsv() {
    }

    /** @param names the display name of a person id ("system" is the process engine) */
    public static String of(List<TimelineEntry> entries, Function<String, String> names) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (TimelineEntry e : entries) {
            csv.append(e.seq()).append(',')
                    .append(e.at()).append(',')
                    .append(cell(names.apply(e.actorId()))).append(',')
                    .append(cell(e.role())).append(',')
                    .append(cell(e.source())).append(',')
                    .append(cell(what(e))).append(',')
                    .append(cell(e.reason())).append("\r\n");
        }
        return csv.toString();
    }

    private static String what(TimelineEntry e) {
        if (e.details().isEmpty()) {
            return e.summary();
        }
        return (e.summary() == null ? "" : e.summary()) + "\n" + String.join("\n", e.details());
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = value;
        if ("=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || v.startsWith(" ") || v.endsWith(" ")) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
