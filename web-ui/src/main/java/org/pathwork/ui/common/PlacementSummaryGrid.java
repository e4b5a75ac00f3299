package org.pathwork.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Formats;
import org.pathwork.ui.LabelledProgressBar;
import org.pathwork.ui.Responsive;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.query.PlacementView;

/**
 * The signed-in student's or supervisor's placements, newest first, a page at a time from the
 * database. A row opens the placement's page by a click, by Enter or Space on one of its cells, or by
 * its opportunity, which is a link. On a phone only the opportunity, the student and the status show.
 */
public class PlacementSummaryGrid extends Grid<PlacementService.Summary> {

    /** Sent by the browser for Enter or Space on a body cell (not on the link inside it, which opens by itself). */
    public static final String OPEN_KEY = "(event.key === 'Enter' || event.key === ' ') && event.composedPath()[0].localName === 'td'";

    private PlacementService.Summary focused;

    public PlacementSummaryGrid(PlacementService placements, CurrentUser current, boolean showStudent) {
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        List<Column<PlacementService.Summary>> onPhone = new ArrayList<>();
        onPhone.add(addComponentColumn(PlacementSummaryGrid::opportunity).setHeader("Opportunity").setFlexGrow(3)
                .setKey("opportunity"));
        if (showStudent) {
            onPhone.add(addColumn(PlacementService.Summary::studentName).setHeader("Student").setFlexGrow(2)
                    .setKey("student"));
        }
        onPhone.add(addComponentColumn(s -> status(s.placement())).setHeader("Status").setKey("status"));
        addColumn(s -> Formats.day(s.placement().plannedStart()) + " – " + Formats.day(s.placement().plannedEnd()))
                .setHeader("Planned").setFlexGrow(2);
        addComponentColumn(s -> hours(s.placement())).setHeader("Hours").setFlexGrow(2);
        Responsive.phoneColumns(this, onPhone.toArray(Column[]::new));
        setEmptyStateText("No placements yet.");
        setItems(query -> placements.summaries(current.actor(), null, query.getOffset(), query.getLimit()).stream());
        addItemClickListener(e -> open(e.getItem()));
        addCellFocusListener(e -> focused = e.getItem().orElse(null));
        getElement().addEventListener("keydown", e -> {
            if (focused != null) {
                open(focused);
            }
        }).setFilter(OPEN_KEY);
    }

    private void open(PlacementService.Summary row) {
        getUI().ifPresent(ui -> ui.navigate(PlacementDetailView.class, PlacementDetailView.parameters(row.placement().id())));
    }

    private static Component opportunity(PlacementService.Summary s) {
        String title = s.opportunityTitle() == null || s.opportunityTitle().isBlank() ? "Placement" : s.opportunityTitle();
        RouterLink link = new RouterLink(title, PlacementDetailView.class, PlacementDetailView.parameters(s.placement().id()));
        link.addClassName("placement-link");
        return link;
    }

    private static Component status(PlacementView p) {
        Span status = new Span(p.status().name().replace('_', ' ').toLowerCase());
        status.getElement().getThemeList().add("badge");
        return status;
    }

    static Component hours(PlacementView p) {
        Div box = new Div();
        if (p.requiredHours() == null) {
            box.setText(Formats.duration(p.loggedMinutes()) + " logged");
            return box;
        }
        String text = Formats.duration(p.loggedMinutes()) + " of " + p.requiredHours() + " h";
        ProgressBar bar = new LabelledProgressBar("Hours logged: " + text);
        bar.setValue(Math.min(1, p.loggedMinutes() / (p.requiredHours() * 60.0)));
        box.add(new Span(text), bar);
        return box;
    }
}
