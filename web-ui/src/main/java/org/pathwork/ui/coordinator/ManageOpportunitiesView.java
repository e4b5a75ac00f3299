package org.pathwork.ui.coordinator;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pathwork.ui.MainLayout;

@Route(value = "manage-opportunities", layout = MainLayout.class)
@PageTitle("Opportunities and partners · Pathwork")
@RolesAllowed("COORDINATOR")
public class ManageOpportunitiesView extends VerticalLayout {

    public ManageOpportunitiesView() {
        add(new H2("Opportunities and partners"));
    }
}
