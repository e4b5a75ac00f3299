package org.pathwork.ui.coordinator;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pathwork.config.Zone;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.MainLayout;
import org.pathwork.ui.Responsive;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementSearch;

/** Applications waiting for a coordinator's decision, oldest first, paged from the database. */
@Route(value = "review", layout = MainLayout.class)
@PageTitle("Review queue · Pathwork")
@RolesAllowed("COORDINATOR")
public class ReviewQueueView extends VerticalLayout {

    static final PlacementSearch.Filter WAITING = new PlacementSearch.Filter(PlacementStatus.APPLIED, null, null, false);

    public ReviewQueueView(PlacementService placements, CurrentUser current, Zone zone) {
        Actor actor = current.actor();
        setSizeFull();
        long waiting = placements.count(actor, WAITING);
        Paragraph summary = new Paragraph(waiting == 1 ? "1 application is waiting." : waiting + " applications are waiting.");
        summary.setId("review-count");
        add(new H2("Review queue"), summary);

        Grid<PlacementSearch.Row> grid = new Grid<>();
        grid.setId("review-queue");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> PlacementColumns.applied(r, zone.id())).setHeader("Applied").setAutoWidth(true);
        Grid.Column<PlacementSearch.Row> student = grid.addColumn(PlacementSearch.Row::studentName)
                .setHeader("Student").setAutoWidth(true);
        Grid.Column<PlacementSearch.Row> opportunity = grid.addColumn(PlacementSearch.Row::opportunityTitle)
                .setHeader("Opportunity").setFlexGrow(2);
        grid.addColumn(PlacementSearch.Row::employerName).setHeader("Employer");
        grid.addColumn(PlacementColumns::planned).setHeader("Planned");
        grid.addComponentColumn(PlacementColumns::statusBadge).setHeader("Status").setAutoWidth(true);
        Grid.Column<PlacementSearch.Row> open = grid.addComponentColumn(r -> PlacementColumns.openButton(r.placementId()))
                .setHeader(PlacementColumns.ACTIONS).setKey("open").setAutoWidth(true).setFlexGrow(0);
        Responsive.phoneColumns(grid, student, opportunity, open);
        grid.setItems(query -> placements.search(actor, WAITING, PlacementSearch.Sort.OLDEST_FIRST,
                        query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, placements.count(actor, WAITING)));
        grid.addItemDoubleClickListener(e -> PlacementColumns.open(e.getItem().placementId()));
        grid.setSizeFull();
        add(grid);
        setFlexGrow(1, grid);
    }
}
