package org.pathwork.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.pathwork.config.Zone;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Formats;
import org.pathwork.ui.MainLayout;
import org.pathwork.ui.coordinator.CoordinatorPlacementActions;
import org.pathwork.ui.student.StudentPlacementActions;
import org.pathwork.ui.supervisor.SupervisorPlacementActions;
import org.pathwork.workflow.audit.TimelineEntry;
import org.pathwork.workflow.common.NotFound;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.query.PlacementView;

/**
 * One placement as the signed-in person may see it: status, hours against the requirement,
 * learning goals, feedback, reflections and the timeline, and below them the actions of their role.
 * A placement they may not see is "not found", whoever types its address.
 */
@Route(value = "placements/:placementId", layout = MainLayout.class)
@RolesAllowed({"STUDENT", "SUPERVISOR", "COORDINATOR"})
public class PlacementDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PlacementService placements;
    private final OpportunityService opportunities;
    private final PeopleDirectory people;
    private final CurrentUser current;
    private final Zone zone;
    private String placementId;
    private String title = "Placement · Pathwork";

    public PlacementDetailView(PlacementService placements, OpportunityService opportunities, PeopleDirectory people,
                               CurrentUser current, Zone zone) {
        this.placements = placements;
        this.opportunities = opportunities;
        this.people = people;
        this.current = current;
        this.zone = zone;
    }

    public static RouteParameters parameters(String placementId) {
        return new RouteParameters("placementId", placementId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        placementId = event.getRouteParameters().get("placementId").orElse("");
        try {
            render();
        } catch (NotFound unknown) {
            throw new NotFoundException(unknown.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** Re-reads the placement and draws everything again; role panels call it after each action. */
    public void render() {
        removeAll();
        PlacementService.Details d = placements.details(current.actor(), placementId);
        PlacementView p = d.placement();
        String opportunity = opportunities.get(current.actor(), p.opportunityId()).title();
        title = opportunity + " · Pathwork";

        H2 heading = new H2(opportunity);
        Span status = new Span(p.status().name().replace('_', ' ').toLowerCase());
        status.setId("placement-status");
        status.getElement().getThemeList().add("badge");
        add(heading, status);
        add(new Paragraph("Student: " + name(p.studentId()) + " · Supervisor: " + name(p.supervisorId())
                + " · Planned " + Formats.day(p.plannedStart()) + " to " + Formats.day(p.plannedEnd())));
        if (p.statusReason() != null) {
            add(new Paragraph("Reason: " + p.statusReason()));
        }
        add(hoursProgress(p));

        add(new H3("Learning goals"));
        UnorderedList goals = new UnorderedList();
        p.learningGoals().forEach(g -> goals.add(new ListItem(g)));
        add(goals);

        add(roleActions(d));

        add(new H3("Hours"));
        Grid<PlacementView.HoursEntry> hours = new Grid<>();
        hours.setId("hours");
        hours.addColumn(h -> Formats.day(h.date())).setHeader("Date");
        hours.addColumn(h -> Formats.duration(h.minutes())).setHeader("Time");
        hours.addColumn(PlacementView.HoursEntry::activity).setHeader("Activity").setFlexGrow(3);
        hours.addColumn(h -> standing(h, current.user().role())).setHeader("Status").setKey("status").setFlexGrow(2);
        hours.setItems(d.hours());
        hours.setAllRowsVisible(true);
        add(hours);

        add(new H3("Feedback"));
        d.feedback().forEach(f -> add(new Paragraph(Formats.moment(f.givenAt(), zone.id()) + ": " + f.text())));
        add(new H3("Reflections"));
        d.reflections().forEach(r -> add(new Paragraph((r.finalReflection() ? "Final reflection" : "Journal")
                + " (" + r.state().toLowerCase() + ")" + ": " + r.text()
                + (r.reviewComment() == null ? "" : " — coordinator: " + r.reviewComment()))));

        add(new H3("Timeline"));
        Grid<TimelineEntry> timeline = new Grid<>();
        timeline.setId("timeline");
        timeline.addColumn(e -> Formats.moment(e.at(), zone.id())).setHeader("When");
        timeline.addColumn(e -> "system".equals(e.actorId()) ? "Pathwork" : name(e.actorId())).setHeader("Who");
        timeline.addColumn(TimelineEntry::summary).setHeader("What").setFlexGrow(3);
        timeline.addColumn(e -> e.reason() == null ? "" : e.reason()).setHeader("Why");
        timeline.setItems(placements.timeline(current.actor(), placementId));
        timeline.setAllRowsVisible(true);
        add(timeline);
    }

    private Component hoursProgress(PlacementView p) {
        Div box = new Div();
        box.setWidth("min(100%, 32rem)");
        if (p.requiredHours() == null) {
            box.setText("Hours: " + Formats.duration(p.loggedMinutes()) + " logged");
        } else {
            double required = p.requiredHours() * 60.0;
            ProgressBar bar = new ProgressBar(0, 1, Math.min(1, p.loggedMinutes() / required));
            bar.setId("hours-progress");
            Span label = new Span(Formats.duration(p.loggedMinutes()) + " of " + p.requiredHours() + " h required");
            label.setId("hours-progress-label");
            box.add(label, bar);
        }
        if (p.pendingMinutes() > 0) {
            Span pending = new Span("and " + Formats.duration(p.pendingMinutes()) + " waiting for confirmation");
            pending.setId("hours-pending-label");
            box.add(pending);
        }
        return box;
    }

    /** Where an hours entry stands, in the words of the person reading it. */
    static String standing(PlacementView.HoursEntry h, Role reader) {
        return switch (h.status()) {
            case PENDING -> switch (reader) {
                case STUDENT -> "Waiting for your supervisor";
                case SUPERVISOR -> "Waiting for you to confirm";
                default -> "Waiting for the supervisor";
            };
            case CONFIRMED -> h.voided() ? "Voided: " + h.voidReason() : "Confirmed";
            case DECLINED -> "Declined: " + h.declineReason();
            case WITHDRAWN -> "Taken back" + (h.voidReason() == null ? "" : ": " + h.voidReason());
        };
    }

    private Component roleActions(PlacementService.Details d) {
        return switch (current.user().role()) {
            case STUDENT -> new StudentPlacementActions(placements, current, d, this::render);
            case SUPERVISOR -> new SupervisorPlacementActions(placements, current, d, this::render);
            case COORDINATOR -> new CoordinatorPlacementActions(placements, opportunities, current, people, d, this::render);
            default -> new Div();
        };
    }

    private String name(String personId) {
        return personId == null ? "not yet assigned" : people.findById(personId).map(Person::displayName).orElse("unknown");
    }
}
