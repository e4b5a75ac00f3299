package org.pathwork.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Formats;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.query.PlacementView;

/**
 * The signed-in student's or supervisor's placements, newest first, a page at a time from the
 * database; a click opens the placement's page.
 */
public class PlacementSummaryGrid extends Grid<PlacementService.Summary> {

    public PlacementSummaryGrid(PlacementService placements, CurrentUser current, boolean showStudent) {
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(PlacementService.Summary::opportunityTitle).setHeader("Opportunity").setFlexGrow(3);
        if (showStudent) {
            addColumn(PlacementService.Summary::studentName).setHeader("Student").setFlexGrow(2);
        }
        addComponentColumn(s -> status(s.placement())).setHeader("Status");
        addColumn(s -> Formats.day(s.placement().plannedStart()) + " – " + Formats.day(s.placement().plannedEnd()))
                .setHeader("Planned").setFlexGrow(2);
        addComponentColumn(s -> hours(s.placement())).setHeader("Hours").setFlexGrow(2);
        setItems(query -> placements.summaries(current.actor(), null, query.getOffset(), query.getLimit()).stream());
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PlacementDetailView.class,
                PlacementDetailView.parameters(e.getItem().placement().id()))));
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
        box.add(new Span(Formats.duration(p.loggedMinutes()) + " of " + p.requiredHours() + " h"));
        box.add(new ProgressBar(0, 1, Math.min(1, p.loggedMinutes() / (p.requiredHours() * 60.0))));
        return box;
    }
}
