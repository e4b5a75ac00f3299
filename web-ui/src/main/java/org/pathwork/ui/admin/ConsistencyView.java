package org.pathwork.ui.admin;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pathwork.ui.MainLayout;

@Route(value = "admin/consistency", layout = MainLayout.class)
@PageTitle("Consistency check · Pathwork")
@RolesAllowed("ADMIN")
public class ConsistencyView extends VerticalLayout {

    public ConsistencyView() {
        add(new H2("Consistency check"));
    }
}
