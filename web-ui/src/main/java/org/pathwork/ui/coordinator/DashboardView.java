package org.pathwork.ui.coordinator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.pathwork.config.Zone;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Formats;
import org.pathwork.ui.MainLayout;
import org.pathwork.ui.Responsive;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.notification.MailStatus;
import org.pathwork.workflow.notification.Outbox;
import org.pathwork.workflow.notification.UndeliveredMail;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.process.TaskInbox;

/**
 * Placements by status as bars, the process tasks of every role that are past their due date, and
 * the mails about the coordinator's placements that did not arrive.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@PageTitle("Dashboard · Pathwork")
@RolesAllowed("COORDINATOR")
public class DashboardView extends VerticalLayout {

    static final int OVERDUE_SHOWN = 50;
    static final int UNDELIVERED_SHOWN = 50;

    public DashboardView(PlacementService placements, Outbox outbox, CurrentUser current, Zone zone) {
        Actor actor = current.actor();
        add(new H2("Dashboard"), new H3("Placements by status"));

        Map<PlacementStatus, Long> counts = placements.countByStatus(actor);
        long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        Div bars = new Div();
        bars.setId("status-bars");
        bars.setWidthFull();
        bars.getStyle().set("max-width", "48rem");
        counts.forEach((status, n) -> bars.add(bar(status, n, max)));
        add(bars);

        PlacementService.OverdueTasks overdue = placements.overdueTasks(actor, OVERDUE_SHOWN);
        add(new H3("Overdue tasks"));
        Span count = new Span(overdue.count() == 1 ? "1 task is overdue." : overdue.count() + " tasks are overdue.");
        count.setId("overdue-count");
        if (overdue.count() > 0) {
            count.getElement().getThemeList().add("badge error");
        }
        add(count);
        if (overdue.count() > overdue.first().size()) {
            add(new Paragraph("The " + overdue.first().size() + " most overdue are shown."));
        }
        Grid<TaskInbox.OpenTask> tasks = new Grid<>();
        tasks.setId("overdue-tasks");
        Grid.Column<TaskInbox.OpenTask> task = tasks.addColumn(TaskInbox.OpenTask::name).setHeader("Task").setFlexGrow(2);
        tasks.addColumn(t -> Formats.moment(t.due(), zone.id())).setHeader("Was due").setAutoWidth(true);
        Grid.Column<TaskInbox.OpenTask> openTask = tasks.addComponentColumn(t -> PlacementColumns.openButton(t.placementId()))
                .setHeader(PlacementColumns.ACTIONS).setAutoWidth(true).setFlexGrow(0);
        Responsive.phoneColumns(tasks, task, openTask);
        tasks.setItems(overdue.first());
        tasks.setAllRowsVisible(true);
        add(tasks);

        add(new H3("Mails that did not arrive"));
        add(undelivered(outbox.undelivered(actor, UNDELIVERED_SHOWN), zone));
    }

    /** Failed and bounced mails about the coordinator's placements: whom (by name), what, and why. */
    private static Component undelivered(List<UndeliveredMail> mails, Zone zone) {
        if (mails.isEmpty()) {
            Paragraph none = new Paragraph("Every mail about your placements has arrived, as far as Pathwork can tell.");
            none.setId("undelivered-none");
            return none;
        }
        Grid<UndeliveredMail> grid = new Grid<>();
        grid.setId("undelivered-mails");
        Grid.Column<UndeliveredMail> recipient = grid.addColumn(m -> m.recipientName() == null
                ? "Someone not in the directory" : m.recipientName()).setHeader("For").setAutoWidth(true);
        grid.addColumn(UndeliveredMail::subject).setHeader("Subject").setFlexGrow(1);
        Grid.Column<UndeliveredMail> why = grid.addColumn(m -> (m.status() == MailStatus.BOUNCED ? "Refused: " : "Gave up: ")
                + m.reason()).setHeader("Why").setFlexGrow(2);
        grid.addColumn(m -> Formats.moment(m.createdAt(), zone.id())).setHeader("Queued").setAutoWidth(true);
        Grid.Column<UndeliveredMail> open = grid.addComponentColumn(m -> PlacementColumns.openButton(m.placementId()))
                .setHeader(PlacementColumns.ACTIONS).setAutoWidth(true).setFlexGrow(0);
        Responsive.phoneColumns(grid, recipient, why, open);
        grid.setItems(mails);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Div bar(PlacementStatus status, long n, long max) {
        Span label = new Span(PlacementColumns.status(status));
        label.getStyle().set("flex", "0 0 9rem");
        Div fill = new Div();
        fill.getStyle().set("height", "1.25rem").set("width", (100.0 * n / max) + "%")
                .set("min-width", n > 0 ? "2px" : "0").set("background", "var(--lumo-primary-color)")
                .set("border-radius", "var(--lumo-border-radius-s)");
        Div track = new Div(fill);
        track.getStyle().set("flex", "1 1 auto").set("background", "var(--lumo-contrast-5pct)");
        Span value = new Span(Long.toString(n));
        value.setId("status-count-" + status.name());
        value.getStyle().set("flex", "0 0 4rem").set("text-align", "right");
        Div row = new Div(label, track, value);
        row.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)")
                .set("margin-bottom", "var(--lumo-space-xs)");
        return row;
    }
}
