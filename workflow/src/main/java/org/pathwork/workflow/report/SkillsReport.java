package org.pathwork.workflow.report;

import java.util.List;
import org.pathwork.workflow.placement.api.DurableSkill;

/**
 * How supervisors rated the durable skills at the final evaluation, by group: for each skill, how
 * many evaluations put it at each level. Suppressed like the participation report, on the number of
 * evaluated students.
 */
public record SkillsReport(ReportQuery query, int minCell, List<Row> rows, Row total) {

    /**
     * @param students    students with at least one evaluated placement of the period
     * @param evaluations evaluations of those placements
     * @param skills      one per {@link DurableSkill}, in its order; empty in a suppressed row
     */
    public record Row(String group, Integer students, Integer evaluations, List<Distribution> skills,
                      Suppression suppression) {

        public boolean suppressed() {
            return suppression != Suppression.NONE;
        }
    }

    /**
     * @param atLevel how many evaluations rated the skill at level 1, 2, 3, 4 (index 0 to 3)
     * @param mean    the mean level, 1 to 4; null when there are no evaluations
     */
    public record Distribution(DurableSkill skill, List<Integer> atLevel, Double mean) {
    }

    public String suppressionNote() {
        return SmallCells.note(minCell, rows.stream().map(r -> new SmallCells.Hidden(r.group(), r.suppression())).toList(),
                total.suppression());
    }
}
