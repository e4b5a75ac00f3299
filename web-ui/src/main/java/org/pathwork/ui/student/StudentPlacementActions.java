package org.pathwork.ui.student;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.pathwork.ui.CurrentUser;
import org.pathwork.workflow.placement.PlacementService;

/** What a student can do on one placement's page. */
public class StudentPlacementActions extends VerticalLayout {

    public StudentPlacementActions(PlacementService placements, CurrentUser current, PlacementService.Details details,
                                  Runnable refresh) {
        setPadding(false);
    }
}
