package org.pathwork.ui.supervisor;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.MainLayout;
import org.pathwork.ui.Focus;
import org.pathwork.ui.common.PlacementSummaryGrid;
import org.pathwork.workflow.placement.PlacementService;

/** The placements a workplace supervisor looks after, with each student's hours against the requirement. */
@Route(value = "supervised", layout = MainLayout.class)
@PageTitle("My students · Pathwork")
@RolesAllowed("SUPERVISOR")
public class SupervisedPlacementsView extends VerticalLayout {

    public SupervisedPlacementsView(PlacementService placements, CurrentUser current) {
        add(Focus.onArrival(new H2("My students")));
        PlacementSummaryGrid grid = new PlacementSummaryGrid(placements, current, true);
        grid.setId("supervised-placements");
        addAndExpand(grid);
        setSizeFull();
    }
}
