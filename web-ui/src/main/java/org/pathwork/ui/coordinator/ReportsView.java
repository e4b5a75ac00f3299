package org.pathwork.ui.coordinator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.pathwork.config.Zone;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Focus;
import org.pathwork.ui.Formats;
import org.pathwork.ui.MainLayout;
import org.pathwork.ui.Responsive;
import org.pathwork.ui.common.BarChart;
import org.pathwork.ui.common.FigureTables;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.placement.api.DurableSkill;
import org.pathwork.workflow.report.EquityReports;
import org.pathwork.workflow.report.GroupBy;
import org.pathwork.workflow.report.ParticipationReport;
import org.pathwork.workflow.report.ParticipationRow;
import org.pathwork.workflow.report.ReportCsv;
import org.pathwork.workflow.report.ReportQuery;
import org.pathwork.workflow.report.SkillsReport;
import org.pathwork.workflow.report.Suppression;

/**
 * Equity and outcomes (shared/api.md, "Equity and outcomes reports"): who takes part and who
 * completes, by a group of the coordinator's choosing, over a period and as the figures stood on a
 * day; then how supervisors rated the durable skills, by the same groups. Each chart has the
 * sentence saying what was hidden and why under it, every figure is in a table below the charts, and
 * both reports download as CSV. Every figure comes from {@link EquityReports}, which scopes it to the
 * coordinator's organizations and hides small groups; this page only draws what it is given.
 * <p>
 * Changing a filter runs the reports again. A period the service refuses (a start after the end, say)
 * is marked on the field with the service's sentence, and the figures already on the page stay.
 */
@Route(value = "reports", layout = MainLayout.class)
@PageTitle("Reports · Pathwork")
@RolesAllowed("COORDINATOR")
public class ReportsView extends VerticalLayout {

    private final EquityReports reports;
    private final Actor actor;
    private final LocalDate today;

    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final DatePicker asOf = new DatePicker("As it stood on");
    private final Select<GroupBy> groupBy = new Select<>();
    private final Select<DurableSkill> skill = new Select<>();

    private final Paragraph scope = new Paragraph();
    private final Div participationResults = new Div();
    private final H3 skillsHeading = new H3();
    private final Div skillsResults = new Div();
    private final Anchor participationCsv = new Anchor();
    private final Anchor skillsCsv = new Anchor();

    private ParticipationReport participation;
    private SkillsReport skills;

    public ReportsView(EquityReports reports, CurrentUser current, Zone zone) {
        this.reports = reports;
        this.actor = current.actor();
        this.today = LocalDate.now(zone.id());
        setWidthFull();

        H2 heading = Focus.onArrival(new H2("Equity and outcomes"));
        scope.setId("report-scope");
        scope.getStyle().set("margin-top", "0");

        ReportQuery initial = ReportQuery.schoolYearToDate(GroupBy.RACE_ETHNICITY, today);
        dates(from, "report-from", initial.from());
        dates(to, "report-to", initial.to());
        dates(asOf, "report-as-of", null);
        asOf.setMax(today);
        asOf.setHelperText("Empty: today.");
        asOf.setClearButtonVisible(true);
        groupBy.setLabel("Group by");
        groupBy.setId("report-group-by");
        groupBy.setItems(GroupBy.values());
        groupBy.setItemLabelGenerator(GroupBy::label);
        groupBy.setValue(initial.groupBy());
        from.addValueChangeListener(e -> run(from));
        to.addValueChangeListener(e -> run(to));
        asOf.addValueChangeListener(e -> run(asOf));
        groupBy.addValueChangeListener(e -> run(groupBy));

        participationResults.setId("participation-results");
        participationResults.setWidthFull();
        participationCsv.setId("participation-csv");
        participationCsv.setText("Download CSV");
        participationCsv.getElement().setAttribute("download", true);

        skillsHeading.setId("skills-heading");
        skill.setLabel("Skill");
        skill.setId("report-skill");
        skill.setItems(DurableSkill.values());
        skill.setItemLabelGenerator(DurableSkill::label);
        skill.setValue(DurableSkill.values()[0]);
        skill.addValueChangeListener(e -> drawSkills());
        skillsResults.setId("skills-results");
        skillsResults.setWidthFull();
        skillsCsv.setId("skills-csv");
        skillsCsv.setText("Download the skills CSV");
        skillsCsv.getElement().setAttribute("download", true);

        add(heading, scope, filters(), participationResults, participationCsv, skillsHeading, skill, skillsResults,
                skillsCsv);
        run(null);
    }

    private static void dates(DatePicker picker, String id, LocalDate value) {
        picker.setId(id);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormats("d MMM yyyy", "d MMM", "yyyy-MM-dd")
                .setFirstDayOfWeek(1));
        // the service says what is wrong with a period, and this page marks the field with its sentence
        picker.setManualValidation(true);
        picker.setValue(value);
    }

    private Component filters() {
        return Responsive.filters(from, to, asOf, groupBy);
    }

    // --- running the reports -------------------------------------------------------------------

    /**
     * Runs both reports for the filters as they are, and draws them; on a refusal marks the field and
     * leaves the page's figures as they were.
     *
     * @param changed the filter the person just changed (null on opening the page)
     */
    private void run(Component changed) {
        for (DatePicker picker : List.of(from, to, asOf)) {
            picker.setInvalid(false);
            picker.setErrorMessage(null);
        }
        // the service says what is wrong with a period (EquityReports): one home for the rule
        ReportQuery query = new ReportQuery(groupBy.getValue(), from.getValue(), to.getValue(), asOf.getValue());
        ParticipationReport newParticipation;
        SkillsReport newSkills;
        try {
            newParticipation = reports.participation(actor, query);
            newSkills = reports.skills(actor, query);
        } catch (RuleViolation refused) {
            refuse(fieldFor(refused, changed), refused.getMessage());
            return;
        }
        participation = newParticipation;
        skills = newSkills;
        drawParticipation();
        skillsHeading.setText("Durable skills at the final evaluation, by " + lower(query.groupBy()));
        drawSkills();
        String name = query.groupBy().key() + "-" + query.from() + "-" + query.to()
                + (query.asOf() == null ? "" : "-as-of-" + query.asOf()) + ".csv";
        ParticipationReport csvParticipation = participation;
        SkillsReport csvSkills = skills;
        participationCsv.setHref(csv("participation-" + name, () -> ReportCsv.participation(csvParticipation)));
        skillsCsv.setHref(csv("skills-" + name, () -> ReportCsv.skills(csvSkills)));
        scope.setText("Placements applied for from " + Formats.day(query.from()) + " to " + Formats.day(query.to())
                + " by the students of your schools, as the figures stood "
                + (query.asOf() == null ? "today" : "at the end of " + Formats.day(query.asOf())) + ".");
    }

    /** The field a refusal is about: the day it names, else the end of the period if that just changed, else its start. */
    private HasValidation fieldFor(RuleViolation refused, Component changed) {
        String code = refused.code() == null ? "" : refused.code();
        if (code.contains("as-of")) {
            return asOf;
        }
        if (code.contains("period-missing")) {
            return from.getValue() == null ? from : to;
        }
        if (changed == to) {
            return to;
        }
        return from;
    }

    private static void refuse(HasValidation field, String sentence) {
        field.setErrorMessage(sentence);
        field.setInvalid(true);
    }

    private static StreamResource csv(String filename, Supplier<String> text) {
        StreamResource resource = new StreamResource(filename,
                () -> new ByteArrayInputStream(text.get().getBytes(StandardCharsets.UTF_8)));
        resource.setContentType("text/csv; charset=utf-8");
        return resource;
    }

    // --- participation and completion ------------------------------------------------------------

    private void drawParticipation() {
        ParticipationReport report = participation;
        GroupBy by = report.query().groupBy();
        String note = report.suppressionNote();
        participationResults.removeAll();

        if (by.byStudent()) {
            section("participation", "Taking part: students with an approved placement, by " + lower(by),
                    chart("participation-chart", "Taking part, by " + lower(by), report,
                            ParticipationRow::participationRate, ParticipationRow::participationGap,
                            "All students", "no students"), note);
        } else {
            // a placement's groups do not divide the students, so a share of students means nothing here:
            // how many of the applications were approved does
            section("participation", "Applications approved: placements approved of those applied for, by " + lower(by),
                    chart("participation-chart", "Applications approved, by " + lower(by), report,
                            ReportsView::approvalRate, row -> approvalGap(row, report.total()),
                            "All applications", "no applications"), note);
        }
        section("completion", "Completing: approved placements signed off as completed, by " + lower(by),
                chart("completion-chart", "Completing, by " + lower(by), report,
                        ParticipationRow::completionRate, ParticipationRow::completionGap,
                        "All approved placements", "none approved"), note);

        H3 figures = new H3("Every figure, by " + lower(by));
        figures.setId("participation-figures-heading");
        participationResults.add(figures, participationTable(report));
    }

    private void section(String id, String title, Component chart, String note) {
        H3 heading = new H3(title);
        heading.setId(id + "-heading");
        Paragraph suppression = new Paragraph(note);
        suppression.setId(id + "-suppression");
        suppression.getStyle().set("color", "var(--lumo-secondary-text-color)").set("max-width", "40rem");
        participationResults.add(heading, chart, suppression);
    }

    /** One bar per group of {@code rate}, the gap beside it, and a dashed line at the whole's rate. */
    private static Component chart(String id, String title, ParticipationReport report,
                                   Function<ParticipationRow, Double> rate, Function<ParticipationRow, Double> gap,
                                   String whole, String noRate) {
        BarChart chart = BarChart.titled(id, title);
        Double totalRate = report.total().suppressed() ? null : rate.apply(report.total());
        if (totalRate != null) {
            chart.line(totalRate, whole + ": " + BarChart.percent(totalRate));
        }
        for (ParticipationRow row : report.rows()) {
            if (row.suppressed()) {
                chart.hidden(group(row), hidden(row.suppression(), report.minCell()));
            } else if (rate.apply(row) == null) {
                chart.bar(group(row), 0, noRate);
            } else {
                String gapText = BarChart.gap(gap.apply(row));
                chart.bar(group(row), rate.apply(row),
                        BarChart.percent(rate.apply(row)) + (gapText.isEmpty() ? "" : " · " + gapText));
            }
        }
        return chart.component();
    }

    /** Approved of applied, for groups of placements; null when none was applied for. */
    static Double approvalRate(ParticipationRow row) {
        if (row.applied() == null || row.approved() == null || row.applied() == 0) {
            return null;
        }
        return (double) row.approved() / row.applied();
    }

    static Double approvalGap(ParticipationRow row, ParticipationRow total) {
        Double rate = approvalRate(row);
        Double whole = total.suppressed() ? null : approvalRate(total);
        return rate == null || whole == null ? null : (rate - whole) * 100;
    }

    private Component participationTable(ParticipationReport report) {
        boolean byStudent = report.query().groupBy().byStudent();
        List<String> headers = new ArrayList<>(List.of("Students", "Applied", "Approved", "Students taking part"));
        if (byStudent) {
            headers.addAll(List.of("Taking part", "Gap (taking part)"));
        } else {
            headers.addAll(List.of("Approved of applied", "Gap (approved)"));
        }
        headers.addAll(List.of("Completed", "Completion rate", "Gap (completion)", "Paid", "Median hours"));
        Figures table = new Figures("participation-figures", "participation-figures-heading",
                by(report.query().groupBy()), headers);
        for (ParticipationRow row : report.rows()) {
            addParticipationRow(table, row, report, false);
        }
        addParticipationRow(table, report.total(), report, true);
        return table.component();
    }

    private void addParticipationRow(Figures table, ParticipationRow row, ParticipationReport report, boolean total) {
        String name = total ? "All" : group(row);
        if (row.suppressed()) {
            table.hiddenRow(name, hidden(row.suppression(), report.minCell()), total);
            return;
        }
        boolean byStudent = report.query().groupBy().byStudent();
        List<String> cells = new ArrayList<>(List.of(count(row.students()), count(row.applied()),
                count(row.approved()), count(row.participants())));
        if (byStudent) {
            cells.add(BarChart.percent(row.participationRate()));
            cells.add(total ? "" : BarChart.gap(row.participationGap()));
        } else {
            cells.add(BarChart.percent(approvalRate(row)));
            cells.add(total ? "" : BarChart.gap(approvalGap(row, report.total())));
        }
        cells.add(count(row.completed()));
        cells.add(BarChart.percent(row.completionRate()));
        cells.add(total ? "" : BarChart.gap(row.completionGap()));
        cells.add(count(row.paid()));
        cells.add(row.medianHours() == null ? "" : String.format(Locale.ENGLISH, "%.1f", row.medianHours()));
        table.row(name, cells, total);
    }

    // --- durable skills -------------------------------------------------------------------------

    private void drawSkills() {
        if (skills == null) {
            return;
        }
        SkillsReport report = skills;
        DurableSkill chosen = skill.getValue() == null ? DurableSkill.values()[0] : skill.getValue();
        GroupBy by = report.query().groupBy();
        List<String> levels = new ArrayList<>();
        for (DurableSkill.Level level : DurableSkill.Level.values()) {
            levels.add(level.number() + " " + level.label());
        }
        BarChart chart = BarChart.titled("skills-chart", chosen.label() + " at the final evaluation, by " + lower(by))
                .legend(levels);
        for (SkillsReport.Row row : report.rows()) {
            skillBar(chart, row, group(row.group()), chosen, report.minCell());
        }
        skillBar(chart, report.total(), "All evaluated students", chosen, report.minCell());

        Paragraph note = new Paragraph(report.suppressionNote());
        note.setId("skills-suppression");
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("max-width", "40rem");

        List<String> headers = new ArrayList<>(List.of("Students evaluated", "Evaluations"));
        headers.addAll(levels);
        headers.add("Mean level");
        Figures table = new Figures("skills-figures", "skills-heading", by(by), headers);
        for (SkillsReport.Row row : report.rows()) {
            addSkillsRow(table, row, group(row.group()), chosen, report.minCell(), false);
        }
        addSkillsRow(table, report.total(), "All", chosen, report.minCell(), true);

        skillsResults.removeAll();
        skillsResults.add(chart.component(), note, table.component());
    }

    private static void skillBar(BarChart chart, SkillsReport.Row row, String name, DurableSkill chosen, int minCell) {
        if (row.suppressed()) {
            chart.hidden(name, hidden(row.suppression(), minCell));
            return;
        }
        SkillsReport.Distribution d = distribution(row, chosen);
        if (d == null) {
            chart.stack(name, List.of(0, 0, 0, 0), "no evaluations");
        } else {
            chart.stack(name, d.atLevel(), d.mean() == null ? "no evaluations" : "mean " + mean(d.mean()));
        }
    }

    private static void addSkillsRow(Figures table, SkillsReport.Row row, String name, DurableSkill chosen, int minCell,
                                     boolean total) {
        if (row.suppressed()) {
            table.hiddenRow(name, hidden(row.suppression(), minCell), total);
            return;
        }
        List<String> cells = new ArrayList<>(List.of(count(row.students()), count(row.evaluations())));
        SkillsReport.Distribution d = distribution(row, chosen);
        for (int level = 0; level < DurableSkill.Level.values().length; level++) {
            cells.add(d == null || d.atLevel().size() <= level ? "0" : count(d.atLevel().get(level)));
        }
        cells.add(d == null || d.mean() == null ? "" : mean(d.mean()));
        table.row(name, cells, total);
    }

    private static SkillsReport.Distribution distribution(SkillsReport.Row row, DurableSkill chosen) {
        return row.skills() == null ? null
                : row.skills().stream().filter(s -> s.skill() == chosen).findFirst().orElse(null);
    }

    // --- words ---------------------------------------------------------------------------------

    /** A row's group as people read it: "Not reported" for the roster's gaps. */
    private static String group(ParticipationRow row) {
        return group(row.group());
    }

    private static String group(String name) {
        return GroupBy.UNKNOWN.equals(name) ? "Not reported" : name;
    }

    /** Why a row has no figures: "hidden (fewer than 10 students)", "hidden (protects a small group)". */
    static String hidden(Suppression suppression, int minCell) {
        return suppression == Suppression.COMPLEMENTARY ? "hidden (protects a small group)"
                : "hidden (fewer than " + minCell + " students)";
    }

    /** "race and ethnicity", for the middle of a sentence. */
    private static String lower(GroupBy by) {
        return by.label().toLowerCase(Locale.ENGLISH);
    }

    private static String by(GroupBy by) {
        return by.label();
    }

    private static String count(Integer n) {
        return n == null ? "" : Formats.number(n);
    }

    private static String mean(double mean) {
        return String.format(Locale.ENGLISH, "%.1f", mean);
    }

    /**
     * A report's figures as a table on a wide screen (each row headed by its group, the total last) and
     * as one card per group on a phone. A hidden figure reads as a dash, and to a screen reader as
     * "hidden"; the group's cell says why.
     */
    private static final class Figures {

        private final String id;
        private final List<String> headers;
        private final NativeTable table = new NativeTable();
        private final Div cards = new Div();

        /** @param labelledBy the id of the heading that names the table */
        Figures(String id, String labelledBy, String groupHeader, List<String> headers) {
            this.id = id;
            this.headers = headers;
            table.setId(id);
            table.getElement().setAttribute("aria-labelledby", labelledBy);
            table.getStyle().set("border-collapse", "collapse").set("font-size", "var(--lumo-font-size-s)");
            NativeTableRow head = table.getHead().addRow();
            FigureTables.header(head, groupHeader, "col");
            headers.forEach(h -> FigureTables.header(head, h, "col").getStyle().set("text-align", "end"));
            cards.setId(id + "-cards");
        }

        void row(String group, List<String> cells, boolean total) {
            NativeTableRow row = total ? table.getFoot().addRow() : table.getBody().addRow();
            row.getElement().setAttribute("data-group", group);
            FigureTables.header(row, group, "row");
            DescriptionList card = card(group, row);
            for (int i = 0; i < cells.size(); i++) {
                NativeTableCell cell = row.addDataCell();
                cell.setText(cells.get(i));
                cell(cell);
                if (!cells.get(i).isEmpty()) {
                    card.add(new DescriptionList.Term(headers.get(i)), FigureTables.figure(cells.get(i)));
                }
            }
            style(row, total);
        }

        void hiddenRow(String group, String why, boolean total) {
            NativeTableRow row = total ? table.getFoot().addRow() : table.getBody().addRow();
            row.getElement().setAttribute("data-group", group);
            row.getElement().setAttribute("data-hidden", true);
            NativeTableHeaderCell name = FigureTables.header(row, group, "row");
            Span reason = new Span(why);
            reason.getStyle().set("display", "block").set("font-weight", "normal").set("font-style", "italic")
                    .set("color", "var(--lumo-secondary-text-color)");
            name.add(reason);
            DescriptionList card = card(group, row);
            card.add(new DescriptionList.Term("Figures"), FigureTables.figure(why));
            for (int i = 0; i < headers.size(); i++) {
                NativeTableCell cell = row.addDataCell();
                Span dash = new Span("—");
                dash.getElement().setAttribute("aria-hidden", "true");
                cell.add(dash, visuallyHidden("hidden"));
                cell(cell);
            }
            style(row, total);
        }

        Component component() {
            Div box = new Div(table, cards);
            box.setId(id + "-box");
            box.setWidthFull();
            cards.setVisible(false);
            Responsive.onWidth(box, phone -> {
                table.setVisible(!phone);
                cards.setVisible(phone);
            });
            return box;
        }

        private DescriptionList card(String group, NativeTableRow row) {
            Div card = new Div();
            card.getElement().setAttribute("data-group", group);
            card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("margin-bottom", "var(--lumo-space-s)").set("overflow-wrap", "anywhere");
            Div name = new Div(new Span(group));
            name.getStyle().set("font-weight", "600");
            DescriptionList list = new DescriptionList();
            list.getStyle().set("display", "grid").set("grid-template-columns", "auto auto").set("gap", "0 var(--lumo-space-m)")
                    .set("margin", "var(--lumo-space-xs) 0 0");
            card.add(name, list);
            cards.add(card);
            return list;
        }

        private static void cell(NativeTableCell cell) {
            cell.getStyle().set("text-align", "end").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                    .set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("white-space", "nowrap");
        }

        private static void style(NativeTableRow row, boolean total) {
            if (total) {
                row.getStyle().set("font-weight", "600");
            }
        }

        /** Read by screen readers, not shown. */
        private static Span visuallyHidden(String text) {
            Span span = new Span(text);
            span.getStyle().set("position", "absolute").set("width", "1px").set("height", "1px").set("padding", "0")
                    .set("margin", "-1px").set("overflow", "hidden").set("clip", "rect(0, 0, 0, 0)")
                    .set("white-space", "nowrap").set("border", "0");
            return span;
        }
    }
}
