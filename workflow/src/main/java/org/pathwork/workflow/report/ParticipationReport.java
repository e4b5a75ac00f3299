package org.pathwork.workflow.report;

import java.util.List;

/**
 * Participation and outcomes by group, for one period and the caller's students, with small cells
 * suppressed. Rows are in the order a reader expects (the federal categories in their order, grades
 * in order, the rest alphabetically, unknown last).
 */
public record ParticipationReport(ReportQuery query, int minCell, List<ParticipationRow> rows, ParticipationRow total) {

    /** What was hidden and why, in a sentence or two; also when nothing was. */
    public String suppressionNote() {
        return SmallCells.note(minCell, rows.stream().map(r -> new SmallCells.Hidden(r.group(), r.suppression())).toList(),
                total.suppression());
    }
}
