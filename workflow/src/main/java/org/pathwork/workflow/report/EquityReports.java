package org.pathwork.workflow.report;

import org.pathwork.workflow.common.Actor;

/**
 * The equity and outcomes reports (shared/api.md, "Equity and outcomes reports"): participation and
 * outcomes by group, the durable-skills distribution by group, and one student's growth. Only
 * coordinators read the group reports, over the students of their organizations; a student's growth
 * is theirs and their coordinators'.
 */
public class EquityReports {

    /** The smallest group a report shows ({@code pathwork.reports.min-cell}). */
    public int minCell() {
        throw new UnsupportedOperationException("being built");
    }

    /** @throws org.pathwork.workflow.common.Forbidden unless the actor is a coordinator */
    public ParticipationReport participation(Actor actor, ReportQuery query) {
        throw new UnsupportedOperationException("being built");
    }

    /** @throws org.pathwork.workflow.common.Forbidden unless the actor is a coordinator */
    public SkillsReport skills(Actor actor, ReportQuery query) {
        throw new UnsupportedOperationException("being built");
    }

    /**
     * @throws org.pathwork.workflow.common.Forbidden unless the actor is the student or a coordinator
     * @throws org.pathwork.workflow.common.NotFound  for a coordinator whose organizations do not hold the student
     */
    public StudentGrowth growth(Actor actor, String studentId) {
        throw new UnsupportedOperationException("being built");
    }
}
