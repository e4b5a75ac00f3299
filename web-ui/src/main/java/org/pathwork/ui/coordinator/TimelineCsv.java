package org.pathwork.ui.coordinator;

import java.util.List;
import java.util.function.Function;
import org.pathwork.workflow.audit.TimelineEntry;
import org.pathwork.workflow.common.Csv;

/**
 * A placement's audit timeline as CSV for spreadsheets, its cells written by {@link Csv}. An
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
        return Csv.text(value);
    }
}
