package org.pathwork.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.pathwork.config.Zone;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Focus;
import org.pathwork.ui.Formats;
import org.pathwork.ui.MainLayout;
import org.pathwork.ui.admin.UsersView;
import org.pathwork.ui.coordinator.DashboardView;
import org.pathwork.ui.student.OpportunitiesView;
import org.pathwork.ui.supervisor.SupervisedPlacementsView;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.notification.Notices;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.process.TaskInbox;

/**
 * The landing page: what the signed-in person must do next, soonest due first, each task naming the
 * student and the opportunity, with the due date in words and "overdue" written out; then what Pathwork
 * told them. Both are lists of cards whose heading is a link to the placement: on arrival the page's
 * heading has the focus, so Tab and Enter open the first task, and a card fits a phone's width.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Inbox · Pathwork")
@RolesAllowed({"STUDENT", "SUPERVISOR", "COORDINATOR", "ADMIN"})
public class InboxView extends VerticalLayout {

    private final Notices notices;
    private final CurrentUser current;
    private final Zone zone;
    private final VerticalLayout updates = new VerticalLayout();

    public InboxView(TaskInbox inbox, Notices notices, PlacementService placements, CurrentUser current, Zone zone) {
        this.notices = notices;
        this.current = current;
        this.zone = zone;
        Actor actor = current.actor();
        H2 title = new H2("Your tasks");
        title.setId("inbox-title");
        add(Focus.onArrival(title));
        List<TaskInbox.OpenTask> tasks = inbox.waitingFor(actor);
        add(tasks.isEmpty() ? nothingWaiting(actor.role()) : tasks(tasks, actor.role(), placements.today()));
        updates.setPadding(false);
        updates.setId("updates");
        showUpdates();
        add(updates);
    }

    private UnorderedList tasks(List<TaskInbox.OpenTask> tasks, Role role, LocalDate today) {
        UnorderedList list = cards("inbox");
        for (TaskInbox.OpenTask t : tasks) {
            ListItem card = card();
            card.setId("task-" + t.id());
            card.getElement().setAttribute("data-placement-id", t.placementId());
            card.getElement().setAttribute("data-task-key", t.key());
            H3 heading = new H3(placementLink(taskTitle(t, role), t.placementId()));
            heading.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-m)");
            Div about = new Div(new Span(t.opportunity()));
            about.addClassName("task-about");
            about.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            if (t.due() != null) {
                Span due = new Span(Formats.due(t.due(), zone.id(), today));
                due.addClassName("task-due");
                due.getElement().getThemeList().add(t.overdue() ? "badge error" : "badge contrast");
                due.getStyle().set("margin-left", "var(--lumo-space-s)");
                about.add(due);
            }
            card.add(heading, about);
            list.add(card);
        }
        return list;
    }

    /** "Review application — Alex Student"; a student reads only the task, the placement being theirs. */
    private static String taskTitle(TaskInbox.OpenTask t, Role role) {
        boolean named = role != Role.STUDENT && t.studentName() != null && !t.studentName().isBlank();
        return named ? t.name() + " — " + t.studentName() : t.name();
    }

    /** Nothing to do: where to go instead, for each role. */
    private Component nothingWaiting(Role role) {
        Paragraph empty = new Paragraph("Nothing is waiting for you. ");
        empty.setId("inbox-empty");
        switch (role) {
            case STUDENT -> empty.add(new RouterLink("Browse opportunities", OpportunitiesView.class));
            case SUPERVISOR -> empty.add(new Span("Your students' placements are under "),
                    new RouterLink("My students", SupervisedPlacementsView.class), new Span("."));
            case COORDINATOR -> empty.add(new Span("How your students' placements are going: the "),
                    new RouterLink("dashboard", DashboardView.class), new Span("."));
            case ADMIN -> {
                empty.setText("Administrators have no placement tasks. ");
                empty.add(new RouterLink("Manage users", UsersView.class));
            }
            default -> { }
        }
        return empty;
    }

    /**
     * What Pathwork told this person, by mail or not: the same notices as the mails, newest first, the
     * new ones marked in words; returns the heading. The link opens the placement in the app (a mail's
     * action link is for people who do not sign in).
     */
    private H2 showUpdates() {
        updates.removeAll();
        List<Notices.Update> all = notices.updates(current.actor(), 20);
        int unread = notices.unread(current.actor());
        H2 title = new H2(unread == 0 ? "Updates" : "Updates (" + unread + " new)");
        title.setId("updates-title");
        updates.add(Focus.focusable(title));
        if (all.isEmpty()) {
            updates.add(new Paragraph("No updates yet. When something needs you, it shows here and is mailed to you."));
            return title;
        }
        UnorderedList list = cards("updates-list");
        for (Notices.Update u : all) {
            ListItem card = card();
            card.setId("update-" + u.id());
            Span subject = new Span(u.subject());
            Span summary = new Span();
            summary.getStyle().set("white-space", "normal").set("overflow-wrap", "anywhere");
            if (!u.read()) {
                Span fresh = new Span("New");
                fresh.addClassName("update-new");
                fresh.getElement().getThemeList().add("badge success");
                fresh.getStyle().set("margin-right", "var(--lumo-space-s)");
                summary.add(fresh);
                subject.getStyle().set("font-weight", "bold");
            }
            summary.add(subject);
            Paragraph body = new Paragraph(u.body());
            body.addClassName("update-body");
            Details details = new Details(summary, body);
            details.getStyle().set("margin", "0").set("min-width", "0").set("max-width", "100%");
            Div meta = new Div(new Span(Formats.moment(u.at(), zone.id())));
            meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            if (u.placementId() != null) {
                RouterLink open = placementLink("Open the placement", u.placementId());
                open.getStyle().set("margin-left", "var(--lumo-space-m)");
                open.getElement().setAttribute("aria-label", "Open the placement: " + u.subject());
                meta.add(open);
            }
            card.add(details, meta);
            list.add(card);
        }
        Button read = new Button("Mark all as read", e -> {
            notices.markAllRead(current.actor());
            // the button goes away with the new marks: the focus goes to the list's heading, not to the page
            Focus.now(showUpdates());
        });
        read.setId("updates-read");
        read.setVisible(unread > 0);
        updates.add(list, read);
        return title;
    }

    private static RouterLink placementLink(String text, String placementId) {
        return new RouterLink(text, PlacementDetailView.class, PlacementDetailView.parameters(placementId));
    }

    private static UnorderedList cards(String id) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        list.getStyle().set("list-style", "none").set("margin", "0").set("padding", "0").set("width", "100%")
                .set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        return list;
    }

    private static ListItem card() {
        ListItem card = new ListItem();
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("overflow-wrap", "anywhere")
                .set("box-sizing", "border-box");
        return card;
    }
}
