package org.pathwork.ui.student;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pathwork.ui.MainLayout;

@Route(value = "my-placements", layout = MainLayout.class)
@PageTitle("My placements · Pathwork")
@RolesAllowed("STUDENT")
public class MyPlacementsView extends VerticalLayout {

    public MyPlacementsView() {
        add(new H2("My placements"));
    }
}
