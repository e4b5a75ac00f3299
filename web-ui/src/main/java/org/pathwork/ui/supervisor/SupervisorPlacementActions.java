package org.pathwork.ui.supervisor;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.pathwork.ui.CurrentUser;
import org.pathwork.workflow.placement.PlacementService;

/** What a supervisor can do on one placement's page. */
public class SupervisorPlacementActions extends VerticalLayout {

    public SupervisorPlacementActions(PlacementService placements, CurrentUser current, PlacementService.Details details,
                                  Runnable refresh) {
        setPadding(false);
    }
}
