package org.pathwork.ui.admin;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pathwork.ui.MainLayout;

@Route(value = "admin/read-models", layout = MainLayout.class)
@PageTitle("Read models · Pathwork")
@RolesAllowed("ADMIN")
public class ReadModelsView extends VerticalLayout {

    public ReadModelsView() {
        add(new H2("Read models"));
    }
}
