package org.pathwork.ui.supervisor;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pathwork.ui.MainLayout;

@Route(value = "supervised", layout = MainLayout.class)
@PageTitle("My students · Pathwork")
@RolesAllowed("SUPERVISOR")
public class SupervisedPlacementsView extends VerticalLayout {

    public SupervisedPlacementsView() {
        add(new H2("My students"));
    }
}
