package org.pathwork.ui.common;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.pathwork.config.Zone;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Formats;
import org.pathwork.ui.MainLayout;
import org.pathwork.workflow.placement.process.TaskInbox;

/** The landing page: what the signed-in person must do next, soonest due first, overdue marked. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Inbox · Pathwork")
@RolesAllowed({"STUDENT", "SUPERVISOR", "COORDINATOR", "ADMIN"})
public class InboxView extends VerticalLayout {

    public InboxView(TaskInbox inbox, CurrentUser current, Zone zone) {
        List<TaskInbox.OpenTask> tasks = inbox.of(current.actor());
        add(new H2("Your tasks"));
        if (tasks.isEmpty()) {
            add(new Paragraph("Nothing is waiting for you."));
            return;
        }
        Grid<TaskInbox.OpenTask> grid = new Grid<>();
        grid.setId("inbox");
        grid.addColumn(TaskInbox.OpenTask::name).setHeader("Task").setFlexGrow(2);
        grid.addComponentColumn(t -> {
            Span due = new Span(t.due() == null ? "" : Formats.moment(t.due(), zone.id()));
            if (t.overdue()) {
                due.setText(due.getText() + " · overdue");
                due.getElement().getThemeList().add("badge error");
            }
            return due;
        }).setHeader("Due");
        grid.addComponentColumn(t -> {
            Button open = new Button("Open", e -> getUI().ifPresent(ui -> ui.navigate(PlacementDetailView.class,
                    PlacementDetailView.parameters(t.placementId()))));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        }).setHeader("").setKey("open");
        grid.setItems(tasks);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
