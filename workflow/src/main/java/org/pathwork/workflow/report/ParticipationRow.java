package org.pathwork.workflow.report;

/**
 * One group's figures (or the whole report's, as its total). Every figure is null in a suppressed row.
 * Rates are fractions from 0 to 1; gaps are the group's rate minus the total's, in percentage points.
 *
 * @param group             the group's name: "Hispanic or Latino", "Low income", a school's name,
 *                          {@link GroupBy#UNKNOWN} when not reported; "Total" for the total
 * @param students          the caller's students in the group (for placement groups: the students who
 *                          applied for a placement of the group in the period)
 * @param applied           placements applied for in the period, as of the report's date
 * @param approved          of those, approved (whatever became of them since)
 * @param participants      students with at least one approved placement of those
 * @param completed         placements signed off as completed
 * @param completionRate    completed / approved; null when none was approved
 * @param participationRate participants / students, for student groups only (null for placement groups)
 * @param paid              approved placements at paid opportunities
 * @param medianHours       the median of confirmed hours over the approved placements that started
 * @param participationGap  participationRate minus the total's, in percentage points
 * @param completionGap     completionRate minus the total's, in percentage points
 */
public record ParticipationRow(String group, Integer students, Integer applied, Integer approved, Integer participants,
                               Integer completed, Double completionRate, Double participationRate, Integer paid,
                               Double medianHours, Double participationGap, Double completionGap,
                               Suppression suppression) {

    public boolean suppressed() {
        return suppression != Suppression.NONE;
    }
}
