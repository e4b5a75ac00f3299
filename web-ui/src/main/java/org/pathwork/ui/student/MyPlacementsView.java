package org.pathwork.ui.student;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pathwork.config.Zone;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.MainLayout;
import org.pathwork.ui.Focus;
import org.pathwork.ui.common.PlacementSummaryGrid;
import org.pathwork.ui.common.SkillsGrowthPanel;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.report.EquityReports;
import org.pathwork.workflow.report.StudentGrowth;

/**
 * The student's own placements with their status and hours against the requirement; below them, once a
 * supervisor has evaluated one, how their durable skills grew from placement to placement.
 */
@Route(value = "my-placements", layout = MainLayout.class)
@PageTitle("My placements · Pathwork")
@RolesAllowed("STUDENT")
public class MyPlacementsView extends VerticalLayout {

    public MyPlacementsView(PlacementService placements, EquityReports reports, CurrentUser current, Zone zone) {
        add(Focus.onArrival(new H2("My placements")));
        PlacementSummaryGrid grid = new PlacementSummaryGrid(placements, current, false);
        grid.setId("my-placements");
        StudentGrowth growth = reports.growth(current.actor(), current.user().personId());
        if (growth.placements().isEmpty()) {
            addAndExpand(grid);
            setSizeFull();
        } else {
            // the page grows to hold both and scrolls; the list keeps a height of its own
            grid.setHeight("min(60vh, 28rem)");
            add(grid, new SkillsGrowthPanel(growth, "My durable skills across placements", zone.id()));
            setWidthFull();
        }
    }
}
