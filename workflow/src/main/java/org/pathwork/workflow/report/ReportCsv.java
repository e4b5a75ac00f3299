package org.pathwork.workflow.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pathwork.workflow.common.Csv;

/**
 * The reports as CSV ({@link Csv}), the same for the API and the reports
 * page's download. A hidden row keeps its group's name and says why in the last column; its figures
 * are empty. Rates are percentages with one decimal, gaps percentage points.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static String participation(ParticipationReport report) {
        StringBuilder csv = new StringBuilder();
        header(csv, List.of(report.query().groupBy().label(), "students", "applied", "approved", "participants",
                "participation rate %", "participation gap pp", "completed", "completion rate %", "completion gap pp",
                "paid", "median hours", "suppressed"));
        for (ParticipationRow row : report.rows()) {
            line(csv, participation(row));
        }
        line(csv, participation(report.total()));
        return csv.toString();
    }

    public static String skills(SkillsReport report) {
        StringBuilder csv = new StringBuilder();
        header(csv, List.of(report.query().groupBy().label(), "students", "evaluations", "skill", "level 1", "level 2",
                "level 3", "level 4", "mean", "suppressed"));
        List<SkillsReport.Row> rows = new ArrayList<>(report.rows());
        rows.add(report.total());
        for (SkillsReport.Row row : rows) {
            if (row.suppressed()) {
                line(csv, List.of(Csv.text(row.group()), "", "", "", "", "", "", "", "", why(row.suppression())));
                continue;
            }
            for (SkillsReport.Distribution d : row.skills()) {
                List<String> cells = new ArrayList<>(List.of(Csv.text(row.group()), text(row.students()),
                        text(row.evaluations()), d.skill().label()));
                d.atLevel().forEach(n -> cells.add(text(n)));
                cells.add(text(d.mean()));
                cells.add("");
                line(csv, cells);
            }
        }
        return csv.toString();
    }

    private static List<String> participation(ParticipationRow r) {
        return List.of(Csv.text(r.group()), text(r.students()), text(r.applied()), text(r.approved()), text(r.participants()),
                percent(r.participationRate()), text(r.participationGap()), text(r.completed()),
                percent(r.completionRate()), text(r.completionGap()), text(r.paid()), text(r.medianHours()),
                why(r.suppression()));
    }

    private static String why(Suppression s) {
        return switch (s) {
            case NONE -> "";
            case SMALL_CELL -> "suppressed: fewer than the smallest group shown";
            case COMPLEMENTARY -> "suppressed: protects a smaller group";
        };
    }

    private static String percent(Double rate) {
        return rate == null ? "" : String.format(Locale.ROOT, "%.1f", rate * 100);
    }

    private static String text(Number n) {
        if (n == null) {
            return "";
        }
        return n instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : n.toString();
    }

    private static void header(StringBuilder csv, List<String> names) {
        line(csv, names.stream().map(Csv::text).toList());
    }

    /** @param cells the group written by {@link Csv#text}, the rest figures and fixed words */
    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(Csv.line(cells));
    }
}
