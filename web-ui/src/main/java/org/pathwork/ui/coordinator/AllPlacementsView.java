package org.pathwork.ui.coordinator;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pathwork.ui.MainLayout;

@Route(value = "placements", layout = MainLayout.class)
@PageTitle("All placements · Pathwork")
@RolesAllowed("COORDINATOR")
public class AllPlacementsView extends VerticalLayout {

    public AllPlacementsView() {
        add(new H2("All placements"));
    }
}
