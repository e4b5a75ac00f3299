package org.pathwork.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.pathwork.config.Zone;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Formats;
import org.pathwork.ui.LabelledProgressBar;
import org.pathwork.ui.MainLayout;
import org.pathwork.ui.Responsive;
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
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementView;
import org.pathwork.workflow.report.EquityReports;
import org.pathwork.workflow.report.StudentGrowth;

/**
 * One placement as the signed-in person may see it: status, hours against the requirement,
 * learning goals, the actions of their role, hours, feedback, reflections, the supervisor's final
 * evaluation once submitted, for a coordinator the student's durable skills across their evaluated
 * placements, and the timeline. A placement they may not see is "not found", whoever
 * types its address. On a phone the hours and the timeline become one card per row.
 */
@Route(value = "placements/:placementId", layout = MainLayout.class)
@RolesAllowed({"STUDENT", "SUPERVISOR", "COORDINATOR"})
public class PlacementDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PlacementService placements;
    private final OpportunityService opportunities;
    private final PeopleDirectory people;
    private final EquityReports reports;
    private final CurrentUser current;
    private final Zone zone;
    private String placementId;
    private String title = "Placement · Pathwork";
    private Div statusLine = new Div();

    public PlacementDetailView(PlacementService placements, OpportunityService opportunities, PeopleDirectory people,
                               EquityReports reports, CurrentUser current, Zone zone) {
        this.placements = placements;
        this.opportunities = opportunities;
        this.people = people;
        this.reports = reports;
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
            draw();
        } catch (NotFound unknown) {
            throw new NotFoundException(unknown.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /**
     * Re-reads the placement and draws everything again; role panels call it after each action. Focus
     * then moves to the status line, which says what the action changed: without that it would fall
     * to the page's body, and keyboard and screen-reader users would have to find their place again.
     */
    public void render() {
        draw();
        statusLine.getElement().callJsFunction("focus");
    }

    private void draw() {
        removeAll();
        PlacementService.Details d = placements.details(current.actor(), placementId);
        PlacementView p = d.placement();
        String opportunity = opportunities.get(current.actor(), p.opportunityId()).title();
        title = opportunity + " · Pathwork";

        add(new H2(opportunity), statusLine(p), people(p));
        add(hoursProgress(p));

        add(new H3("Learning goals"));
        UnorderedList goals = new UnorderedList();
        p.learningGoals().forEach(g -> goals.add(new ListItem(g)));
        add(goals);

        add(roleActions(d));

        add(new H3("Hours"));
        add(hoursGrid(d.hours()));

        add(new H3("Feedback"));
        d.feedback().forEach(f -> add(new Paragraph(Formats.moment(f.givenAt(), zone.id()) + ": " + f.text())));
        add(new H3("Reflections"));
        d.reflections().forEach(r -> add(new Paragraph((r.finalReflection() ? "Final reflection" : "Journal")
                + " (" + r.state().toLowerCase() + ")" + ": " + r.text()
                + (r.reviewComment() == null ? "" : " — coordinator: " + r.reviewComment()))));
        // a coordinator signing off reads it in the sign-off checklist (SignOffPanel), not twice
        boolean inSignOff = current.user().role() == Role.COORDINATOR && p.status() == PlacementStatus.ENDED;
        if (!inSignOff) {
            p.submittedEvaluation().ifPresent(evaluation -> add(new EvaluationSummary(evaluation)));
        }

        if (current.user().role() == Role.COORDINATOR) {
            skillsGrowth(p.studentId()).ifPresent(this::add);
        }

        add(new H3("Timeline"));
        add(timeline(placements.timeline(current.actor(), placementId)));
    }

    /**
     * The placement's status, and the reason for it when a person gave one. It takes focus after an
     * action (tabindex -1: reachable by script, not a tab stop) and, as a polite live region, is read
     * out when it changes.
     */
    private Component statusLine(PlacementView p) {
        Span status = new Span(p.status().name().replace('_', ' ').toLowerCase());
        status.setId("placement-status");
        status.getElement().getThemeList().add("badge");
        statusLine = new Div(new Span("Status: "), status);
        statusLine.setId("placement-status-line");
        statusLine.getElement().setAttribute("tabindex", "-1");
        statusLine.getElement().setAttribute("role", "status");
        statusLine.getElement().setAttribute("aria-live", "polite");
        if (p.statusReason() != null) {
            Paragraph reason = new Paragraph("Reason: " + p.statusReason());
            reason.getStyle().set("margin", "var(--lumo-space-xs) 0 0");
            statusLine.add(reason);
        }
        return statusLine;
    }

    /** Student, supervisor and planned dates: each part stays whole and moves to the next line on a narrow screen. */
    private Component people(PlacementView p) {
        FlexLayout line = new FlexLayout(
                new Span("Student: " + name(p.studentId())),
                new Span("Supervisor: " + name(p.supervisorId())),
                new Span("Planned " + Formats.day(p.plannedStart()) + " to " + Formats.day(p.plannedEnd())));
        line.setId("placement-people");
        line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        line.getStyle().set("column-gap", "var(--lumo-space-l)").set("row-gap", "var(--lumo-space-xs)");
        line.setWidthFull();
        return line;
    }

    /** The hours grid: four columns on a wide screen; on a phone one card per entry, so nothing runs off to the side. */
    private Grid<PlacementView.HoursEntry> hoursGrid(List<PlacementView.HoursEntry> entries) {
        Role reader = current.user().role();
        Grid<PlacementView.HoursEntry> hours = new Grid<>();
        hours.setId("hours");
        hours.addColumn(h -> Formats.day(h.date())).setHeader("Date").setKey("date").setAutoWidth(true);
        hours.addColumn(h -> Formats.duration(h.minutes())).setHeader("Time").setKey("time").setAutoWidth(true);
        hours.addColumn(PlacementView.HoursEntry::activity).setHeader("Activity").setKey("activity").setFlexGrow(3);
        hours.addColumn(h -> standing(h, reader)).setHeader("Status").setKey("status").setFlexGrow(2);
        Grid.Column<PlacementView.HoursEntry> card = hours.addColumn(LitRenderer.<PlacementView.HoursEntry>of("""
                        <div><strong>${item.day}</strong> · ${item.time}</div>
                        <div>${item.activity}</div>
                        <div style="color: var(--lumo-secondary-text-color)">${item.standing}</div>""")
                        .withProperty("day", h -> Formats.day(h.date()))
                        .withProperty("time", h -> Formats.duration(h.minutes()))
                        .withProperty("activity", PlacementView.HoursEntry::activity)
                        .withProperty("standing", h -> standing(h, reader)))
                .setHeader("Day, time, what was done").setKey("card");
        onPhoneOnly(hours, card);
        hours.setItems(entries);
        hours.setAllRowsVisible(true);
        return hours;
    }

    /**
     * The timeline, every time in the organization's zone. A student follows the placement's story; the
     * process engine's own steps (tasks opened and done, timers) stay folded behind a switch for them,
     * while supervisors and coordinators see every entry.
     */
    private Component timeline(List<TimelineEntry> entries) {
        Grid<TimelineEntry> timeline = new Grid<>();
        timeline.setId("timeline");
        timeline.addColumn(e -> Formats.moment(e.at(), zone.id())).setHeader("When").setKey("when").setAutoWidth(true);
        timeline.addColumn(e -> who(e)).setHeader("Who").setKey("who").setAutoWidth(true);
        timeline.addColumn(TimelineEntry::summary).setHeader("What").setKey("what").setFlexGrow(3);
        timeline.addColumn(e -> e.reason() == null ? "" : e.reason()).setHeader("Why").setKey("why").setFlexGrow(2);
        Grid.Column<TimelineEntry> card = timeline.addColumn(LitRenderer.<TimelineEntry>of("""
                        <div style="color: var(--lumo-secondary-text-color)">${item.when} · ${item.who}</div>
                        <div>${item.what}</div>
                        <div ?hidden="${!item.why}">Why: ${item.why}</div>""")
                        .withProperty("when", e -> Formats.moment(e.at(), zone.id()))
                        .withProperty("who", this::who)
                        .withProperty("what", TimelineEntry::summary)
                        .withProperty("why", e -> e.reason() == null ? "" : e.reason()))
                .setHeader("When, who, what").setKey("card");
        onPhoneOnly(timeline, card);
        timeline.setAllRowsVisible(true);
        List<TimelineEntry> story = entries.stream().filter(e -> !e.processStep()).toList();
        if (!current.actor().is(Role.STUDENT) || story.size() == entries.size()) {
            timeline.setItems(entries);
            return timeline;
        }
        timeline.setItems(story);
        Checkbox steps = new Checkbox("Show process steps");
        steps.setId("timeline-process-steps");
        steps.setHelperText("Tasks the system opened and closed, and its timers.");
        steps.addValueChangeListener(e -> timeline.setItems(e.getValue() ? entries : story));
        VerticalLayout box = new VerticalLayout(steps, timeline);
        box.setPadding(false);
        return box;
    }

    /**
     * The student's durable skills across their evaluated placements, for their coordinator; nothing
     * before a first evaluation, nor for a coordinator whose organizations do not hold the student.
     */
    private Optional<Component> skillsGrowth(String studentId) {
        StudentGrowth growth;
        try {
            growth = reports.growth(current.actor(), studentId);
        } catch (NotFound notTheirs) {
            return Optional.empty();
        }
        if (growth.placements().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SkillsGrowthPanel(growth,
                growth.studentName() + "'s durable skills across placements", zone.id()));
    }

    private String who(TimelineEntry e) {
        return "system".equals(e.actorId()) ? "Pathwork" : name(e.actorId());
    }

    /**
     * Shows {@code card} alone on a phone-wide browser and every other column elsewhere. Without a
     * browser (Karibu) the wide layout stays.
     */
    private static <T> void onPhoneOnly(Grid<T> grid, Grid.Column<T> card) {
        card.setVisible(false);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Responsive.onWidth(grid, phone -> grid.getColumns().forEach(c -> c.setVisible(phone == (c == card))));
    }

    private Component hoursProgress(PlacementView p) {
        Div box = new Div();
        box.setWidth("min(100%, 32rem)");
        if (p.requiredHours() == null) {
            box.setText("Hours: " + Formats.duration(p.loggedMinutes()) + " logged");
        } else {
            double required = p.requiredHours() * 60.0;
            Span label = new Span(Formats.duration(p.loggedMinutes()) + " of " + p.requiredHours() + " h required");
            label.setId("hours-progress-label");
            ProgressBar bar = new LabelledProgressBar(label, 0, 1, Math.min(1, p.loggedMinutes() / required));
            bar.setId("hours-progress");
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
