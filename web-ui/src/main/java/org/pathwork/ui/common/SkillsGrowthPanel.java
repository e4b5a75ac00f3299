package org.pathwork.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.Locale;
import org.pathwork.ui.Formats;
import org.pathwork.ui.Responsive;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.placement.api.DurableSkill;
import org.pathwork.workflow.report.StudentGrowth;

/**
 * How a student's durable skills grew: the level each skill was rated at in the final evaluation of
 * each of their evaluated placements, oldest first, each labelled with its stage of the continuum
 * (awareness, exploration, preparation), and with two or more, the change from the first to the last.
 * A table on a wide screen; on a phone one card per placement, so that nothing runs off to the side.
 * Shown to the student on "My placements" and to their coordinator on a placement's page; the caller
 * shows it only when there is at least one evaluated placement.
 */
public class SkillsGrowthPanel extends Div {

    public SkillsGrowthPanel(StudentGrowth growth, String heading, ZoneId zone) {
        setId("skills-growth");
        setWidthFull();
        H3 title = new H3(heading);
        title.setId("skills-growth-heading");
        Paragraph about = new Paragraph("The level of each skill at the final evaluation of each placement, oldest first "
                + "(1 Beginning, 2 Developing, 3 Proficient, 4 Advanced).");
        about.setId("skills-growth-about");
        about.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");

        Component table = table(growth, zone);
        Component cards = cards(growth, zone);
        cards.setVisible(false);
        Responsive.onWidth(this, phone -> {
            table.setVisible(!phone);
            cards.setVisible(phone);
        });
        add(title, about, table, cards);
    }

    private static NativeTable table(StudentGrowth growth, ZoneId zone) {
        NativeTable table = new NativeTable();
        table.setId("skills-growth-table");
        table.getElement().setAttribute("aria-labelledby", "skills-growth-heading");
        table.getStyle().set("border-collapse", "collapse").set("width", "100%");
        NativeTableRow head = table.getHead().addRow();
        FigureTables.header(head, "Placement", "col");
        FigureTables.header(head, "Stage", "col");
        for (DurableSkill skill : DurableSkill.values()) {
            FigureTables.header(head, skill.label(), "col");
        }
        for (StudentGrowth.Evaluated p : growth.placements()) {
            NativeTableRow row = table.getBody().addRow();
            row.getElement().setAttribute("data-placement-id", p.placementId());
            NativeTableHeaderCell placement = FigureTables.header(row, placement(p, zone), "row");
            placement.getStyle().set("font-weight", "normal");
            cell(row, stage(p.stage()));
            for (DurableSkill skill : DurableSkill.values()) {
                cell(row, level(p.levels().get(skill)));
            }
        }
        if (growth.placements().size() >= 2) {
            NativeTableRow change = table.getFoot().addRow();
            change.setId("skills-growth-change");
            FigureTables.header(change, "Change", "row").getElement().setAttribute("colspan", "2");
            for (DurableSkill skill : DurableSkill.values()) {
                cell(change, change(growth.change(skill))).getStyle().set("font-weight", "600");
            }
        }
        return table;
    }

    private static Div cards(StudentGrowth growth, ZoneId zone) {
        Div cards = new Div();
        cards.setId("skills-growth-cards");
        for (StudentGrowth.Evaluated p : growth.placements()) {
            Div card = card();
            Div name = new Div(new Span(placement(p, zone)));
            name.getStyle().set("font-weight", "600");
            Div stage = new Div(new Span("Stage: " + stage(p.stage())));
            stage.getStyle().set("color", "var(--lumo-secondary-text-color)");
            DescriptionList levels = new DescriptionList();
            for (DurableSkill skill : DurableSkill.values()) {
                levels.add(term(skill.label()), FigureTables.figure(level(p.levels().get(skill))));
            }
            card.add(name, stage, levels);
            cards.add(card);
        }
        if (growth.placements().size() >= 2) {
            Div card = card();
            Div name = new Div(new Span("Change from the first to the last"));
            name.getStyle().set("font-weight", "600");
            DescriptionList changes = new DescriptionList();
            for (DurableSkill skill : DurableSkill.values()) {
                changes.add(term(skill.label()), FigureTables.figure(change(growth.change(skill))));
            }
            card.add(name, changes);
            cards.add(card);
        }
        return cards;
    }

    private static Div card() {
        Div card = new Div();
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)")
                .set("overflow-wrap", "anywhere");
        return card;
    }

    private static DescriptionList.Term term(String text) {
        DescriptionList.Term term = new DescriptionList.Term(text);
        term.getStyle().set("margin-top", "var(--lumo-space-xs)");
        return term;
    }

    private static NativeTableCell cell(NativeTableRow row, String text) {
        NativeTableCell cell = row.addDataCell();
        cell.setText(text);
        cell.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return cell;
    }

    /** "Tue 3 Nov 2026 · Shadow a nurse at Riverside Clinic". */
    static String placement(StudentGrowth.Evaluated p, ZoneId zone) {
        String day = p.evaluatedAt() == null ? "" : Formats.day(p.evaluatedAt().atZone(zone).toLocalDate()) + " · ";
        return day + p.opportunityTitle() + (p.employerName() == null ? "" : " at " + p.employerName());
    }

    /** "Exploration". */
    public static String stage(Stage stage) {
        String name = stage.name().toLowerCase(Locale.ENGLISH);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** "3 Proficient". */
    static String level(DurableSkill.Level level) {
        return level == null ? "—" : level.number() + " " + level.label();
    }

    /** "+1 level", "+2 levels", "−1 level" (a true minus sign), "no change"; empty with one evaluation only. */
    public static String change(Integer levels) {
        if (levels == null) {
            return "";
        }
        if (levels == 0) {
            return "no change";
        }
        int size = Math.abs(levels);
        return (levels > 0 ? "+" : BarChart.MINUS) + size + (size == 1 ? " level" : " levels");
    }
}
