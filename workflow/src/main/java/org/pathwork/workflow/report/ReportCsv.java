package org.pathwork.workflow.report;

/** The reports as CSV (RFC 4180), the same for the API and the reports page's download. */
public final class ReportCsv {

    private ReportCsv() {
    }

    /**
     * A header line, one line per group and the total; suppressed figures are empty, and the last
     * column says "suppressed" or is empty. Rates are percentages with one decimal.
     */
    public static String participation(ParticipationReport report) {
        throw new UnsupportedOperationException("being built");
    }

    /** One line per group and skill: group, students, evaluations, skill, level 1 … level 4, mean, suppressed. */
    public static String skills(SkillsReport report) {
        throw new UnsupportedOperationException("being built");
    }
}
