package org.pathwork.ui.common;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.pathwork.config.Zone;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Formats;
import org.pathwork.ui.MainLayout;
import org.pathwork.workflow.notification.Notices;
import org.pathwork.workflow.placement.process.TaskInbox;

/** The landing page: what the signed-in person must do next, soonest due first, overdue marked. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Inbox · Pathwork")
@RolesAllowed({"STUDENT", "SUPERVISOR", "COORDINATOR", "ADMIN"})
public class InboxView extends VerticalLayout {

    private final Notices notices;
    private final CurrentUser current;
    private final Zone zone;

    public InboxView(TaskInbox inbox, Notices notices, CurrentUser current, Zone zone) {
        this.notices = notices;
        this.current = current;
        this.zone = zone;
        List<TaskInbox.OpenTask> tasks = inbox.of(current.actor());
        add(new H2("Your tasks"));
        if (tasks.isEmpty()) {
            add(new Paragraph("Nothing is waiting for you."));
        } else {
            add(tasks(tasks));
        }
        add(updates());
    }

    private Grid<TaskInbox.OpenTask> tasks(List<TaskInbox.OpenTask> tasks) {
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
        grid.addComponentColumn(t -> open(t.placementId())).setHeader("").setKey("open");
        grid.setItems(tasks);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /**
     * What Pathwork told this person, by mail or not: the same notices as the mails, newest first,
     * the unread ones marked. The link opens the placement in the app (a mail's action link is for
     * people who do not sign in).
     */
    private VerticalLayout updates() {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("updates");
        List<Notices.Update> updates = notices.updates(current.actor(), 20);
        int unread = notices.unread(current.actor());
        H2 title = new H2(unread == 0 ? "Updates" : "Updates (" + unread + " new)");
        title.setId("updates-title");
        section.add(title);
        if (updates.isEmpty()) {
            section.add(new Paragraph("No updates yet. When something needs you, it shows here and is mailed to you."));
            return section;
        }
        Grid<Notices.Update> grid = new Grid<>();
        grid.setId("updates-grid");
        grid.addComponentColumn(u -> {
            Span subject = new Span(u.subject());
            if (!u.read()) {
                subject.getStyle().set("font-weight", "bold");
                subject.getElement().setAttribute("aria-label", "New: " + u.subject());
            }
            return subject;
        }).setHeader("Update").setFlexGrow(3);
        grid.addColumn(u -> Formats.moment(u.at(), zone.id())).setHeader("When").setAutoWidth(true);
        grid.addComponentColumn(u -> u.placementId() == null ? new Span() : open(u.placementId())).setHeader("");
        grid.setItemDetailsRenderer(new ComponentRenderer<>(u -> new Paragraph(u.body())));
        grid.setItems(updates);
        grid.setAllRowsVisible(true);
        Button read = new Button("Mark all as read", e -> {
            notices.markAllRead(current.actor());
            UI.getCurrent().getPage().reload();
        });
        read.setId("updates-read");
        read.setVisible(unread > 0);
        section.add(grid, read);
        return section;
    }

    private Button open(String placementId) {
        Button open = new Button("Open", e -> getUI().ifPresent(ui -> ui.navigate(PlacementDetailView.class,
                PlacementDetailView.parameters(placementId))));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return open;
    }
}
