package org.pathwork.workflow.common;

import java.util.List;

/**
 * CSV for spreadsheets (RFC 4180: commas, CRLF, quotes doubled). Cells are quoted when they need to
 * be, and a cell that a spreadsheet would run as a formula (starting with = + - @, or a tab or
 * carriage return) gets a leading apostrophe: text that comes from people must stay text, even "-2".
 * Figures Pathwork computed are written as they are ({@link #line} takes cells already written).
 */
public final class Csv {

    private Csv() {
    }

    /** A cell of text. */
    public static String text(String value) {
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

    /** Cells written by {@link #text} (or figures) as one line, CRLF at the end. */
    public static String line(List<String> cells) {
        return String.join(",", cells) + "\r\n";
    }
}
