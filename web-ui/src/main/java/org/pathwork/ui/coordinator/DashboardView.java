package org.pathwork.ui.coordinator;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pathwork.ui.MainLayout;

@Route(value = "dashboard", layout = MainLayout.class)
@PageTitle("Dashboard · Pathwork")
@RolesAllowed("COORDINATOR")
public class DashboardView extends VerticalLayout {

    public DashboardView() {
        add(new H2("Dashboard"));
    }
}
