package org.pathwork.workflow.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV for spreadsheets (RFC 4180: commas, CRLF, quotes doubled). Cells are quoted when they need to
 * be, and a cell that a spreadsheet would run as a formula (starting with = + - @, or a tab or
 * carriage return) gets a leading apostrophe: text that comes from people must stay text. A plain
 * number ("-7.5") stays a number.
 */
public final class Csv {

    private Csv() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = value;
        if ("=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-[0-9]+(\\.[0-9]+)?")) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || v.startsWith(" ") || v.endsWith(" ")) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** The cells as one line, CRLF at the end. */
    public static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }
}
