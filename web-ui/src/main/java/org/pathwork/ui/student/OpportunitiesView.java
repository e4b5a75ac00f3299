package org.pathwork.ui.student;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pathwork.ui.MainLayout;

@Route(value = "opportunities", layout = MainLayout.class)
@PageTitle("Opportunities · Pathwork")
@RolesAllowed("STUDENT")
public class OpportunitiesView extends VerticalLayout {

    public OpportunitiesView() {
        add(new H2("Opportunities"));
    }
}
