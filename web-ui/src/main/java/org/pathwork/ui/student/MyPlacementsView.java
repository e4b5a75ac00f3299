package org.pathwork.ui.student;

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

/** The student's own placements with their status and hours against the requirement. */
@Route(value = "my-placements", layout = MainLayout.class)
@PageTitle("My placements · Pathwork")
@RolesAllowed("STUDENT")
public class MyPlacementsView extends VerticalLayout {

    public MyPlacementsView(PlacementService placements, CurrentUser current) {
        add(Focus.onArrival(new H2("My placements")));
        PlacementSummaryGrid grid = new PlacementSummaryGrid(placements, current, false);
        grid.setId("my-placements");
        addAndExpand(grid);
        setSizeFull();
    }
}
