package org.pathwork.ui.coordinator;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.pathwork.ui.CurrentUser;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.placement.PlacementService;

/** What a coordinator can do on one placement's page. */
public class CoordinatorPlacementActions extends VerticalLayout {

    public CoordinatorPlacementActions(PlacementService placements, CurrentUser current, PeopleDirectory people,
                                       PlacementService.Details details, Runnable refresh) {
        setPadding(false);
    }
}
