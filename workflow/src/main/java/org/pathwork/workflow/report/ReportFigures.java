package org.pathwork.workflow.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.pathwork.workflow.placement.api.DurableSkill;

/**
 * Counts the figures of a report from its facts, then hides the small cells ({@link SmallCells}). No
 * database here: the rules can be checked on populations made up in a test.
 */
final class ReportFigures {

    private ReportFigures() {
    }

    /**
     * @param students   the caller's students (for a student grouping, the population; every one in one group)
     * @param placements the placements applied for in the period by those students, cut at the report's moment
     */
    static ParticipationReport participation(ReportQuery query, int minCell, List<ReportFacts.Student> students,
                                             List<ReportFacts.Placement> placements) {
        GroupBy groupBy = query.groupBy();
        Map<String, Tally> groups = new TreeMap<>(Groups.order(groupBy));
        Tally total = new Tally("Total");
        if (groupBy.byStudent()) {
            Map<String, String> groupOfStudent = new java.util.HashMap<>();
            for (ReportFacts.Student s : students) {
                String group = Groups.of(groupBy, s);
                groupOfStudent.put(s.id(), group);
                groups.computeIfAbsent(group, Tally::new).student(s.id());
                total.student(s.id());
            }
            for (ReportFacts.Placement p : placements) {
                String group = groupOfStudent.get(p.studentId());
                if (group != null) {
                    groups.get(group).placement(p);
                    total.placement(p);
                }
            }
        } else {
            for (ReportFacts.Placement p : placements) {
                Tally group = groups.computeIfAbsent(Groups.of(groupBy, p), Tally::new);
                group.student(p.studentId());
                group.placement(p);
                total.student(p.studentId());
                total.placement(p);
            }
        }
        List<Tally> tallies = new ArrayList<>(groups.values());
        List<Suppression> hidden = SmallCells.suppress(tallies.stream().map(Tally::students).toList(), total.students(), minCell);
        ParticipationRow totalRow = total.row(null, SmallCells.total(total.students(), minCell), groupBy.byStudent());
        List<ParticipationRow> rows = new ArrayList<>();
        for (int i = 0; i < tallies.size(); i++) {
            rows.add(tallies.get(i).row(totalRow, hidden.get(i), groupBy.byStudent()));
        }
        return new ParticipationReport(query, minCell, rows, totalRow);
    }

    /** The durable-skills ratings of the evaluated placements among {@code placements}, by group. */
    static SkillsReport skills(ReportQuery query, int minCell, List<ReportFacts.Student> students,
                               List<ReportFacts.Placement> placements) {
        GroupBy groupBy = query.groupBy();
        Map<String, String> groupOfStudent = new java.util.HashMap<>();
        if (groupBy.byStudent()) {
            students.forEach(s -> groupOfStudent.put(s.id(), Groups.of(groupBy, s)));
        }
        Function<ReportFacts.Placement, String> groupOf = groupBy.byStudent()
                ? p -> groupOfStudent.get(p.studentId()) : p -> Groups.of(groupBy, p);
        Map<String, Ratings> groups = new TreeMap<>(Groups.order(groupBy));
        Ratings total = new Ratings("Total");
        for (ReportFacts.Placement p : placements) {
            String group = groupOf.apply(p);
            if (p.evaluated() && group != null) {
                groups.computeIfAbsent(group, Ratings::new).add(p);
                total.add(p);
            }
        }
        List<Ratings> tallies = new ArrayList<>(groups.values());
        List<Suppression> hidden = SmallCells.suppress(tallies.stream().map(r -> r.students.size()).toList(),
                total.students.size(), minCell);
        List<SkillsReport.Row> rows = new ArrayList<>();
        for (int i = 0; i < tallies.size(); i++) {
            rows.add(tallies.get(i).row(hidden.get(i)));
        }
        return new SkillsReport(query, minCell, rows, total.row(SmallCells.total(total.students.size(), minCell)));
    }

    /** One group's counts while the facts are read. */
    private static final class Tally {
        final String group;
        final Set<String> students = new HashSet<>();
        final Set<String> participants = new HashSet<>();
        final List<Double> hours = new ArrayList<>();
        int applied;
        int approved;
        int completed;
        int paid;

        Tally(String group) {
            this.group = group;
        }

        int students() {
            return students.size();
        }

        void student(String id) {
            students.add(id);
        }

        void placement(ReportFacts.Placement p) {
            applied++;
            if (p.approved()) {
                approved++;
                participants.add(p.studentId());
                if (p.paid()) {
                    paid++;
                }
                if (p.started()) {
                    hours.add(p.confirmedHours());
                }
            }
            if (p.completed()) {
                completed++;
            }
        }

        /** @param total the total's row, for the gaps; null for the total itself */
        ParticipationRow row(ParticipationRow total, Suppression suppression, boolean byStudent) {
            if (suppression != Suppression.NONE) {
                return new ParticipationRow(group, null, null, null, null, null, null, null, null, null, null, null,
                        suppression);
            }
            Double completionRate = rate(completed, approved);
            Double participationRate = byStudent ? rate(participants.size(), students.size()) : null;
            return new ParticipationRow(group, students.size(), applied, approved, participants.size(), completed,
                    completionRate, participationRate, paid, median(hours),
                    total == null ? null : gap(participationRate, total.participationRate()),
                    total == null ? null : gap(completionRate, total.completionRate()), Suppression.NONE);
        }
    }

    /** One group's ratings. */
    private static final class Ratings {
        final String group;
        final Set<String> students = new HashSet<>();
        final int[][] atLevel = new int[DurableSkill.values().length][4];
        int evaluations;

        Ratings(String group) {
            this.group = group;
        }

        void add(ReportFacts.Placement p) {
            students.add(p.studentId());
            evaluations++;
            for (DurableSkill skill : DurableSkill.values()) {
                atLevel[skill.ordinal()][p.ratings().get(skill) - 1]++;
            }
        }

        SkillsReport.Row row(Suppression suppression) {
            if (suppression != Suppression.NONE) {
                return new SkillsReport.Row(group, null, null, List.of(), suppression);
            }
            List<SkillsReport.Distribution> skills = new ArrayList<>();
            for (DurableSkill skill : DurableSkill.values()) {
                int[] counts = atLevel[skill.ordinal()];
                int sum = 0;
                for (int level = 1; level <= 4; level++) {
                    sum += level * counts[level - 1];
                }
                skills.add(new SkillsReport.Distribution(skill, Arrays.stream(counts).boxed().toList(),
                        evaluations == 0 ? null : round((double) sum / evaluations, 2)));
            }
            return new SkillsReport.Row(group, students.size(), evaluations, skills, Suppression.NONE);
        }
    }

    /** A fraction rounded to four places (a tenth of a percentage point); null when there is nothing to divide. */
    static Double rate(int part, int whole) {
        return whole == 0 ? null : round((double) part / whole, 4);
    }

    /** The difference of two rates in percentage points, to one decimal. */
    static Double gap(Double rate, Double total) {
        return rate == null || total == null ? null : round((rate - total) * 100, 1);
    }

    /** The middle value (the mean of the middle two for an even count), to one decimal; null when empty. */
    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return round(median, 1);
    }

    private static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
