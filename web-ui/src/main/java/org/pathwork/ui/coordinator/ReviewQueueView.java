package org.pathwork.ui.coordinator;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pathwork.ui.MainLayout;

@Route(value = "review", layout = MainLayout.class)
@PageTitle("Review queue · Pathwork")
@RolesAllowed("COORDINATOR")
public class ReviewQueueView extends VerticalLayout {

    public ReviewQueueView() {
        add(new H2("Review queue"));
    }
}
