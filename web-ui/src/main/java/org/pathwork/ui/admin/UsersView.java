package org.pathwork.ui.admin;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pathwork.ui.MainLayout;

@Route(value = "admin/users", layout = MainLayout.class)
@PageTitle("Users · Pathwork")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    public UsersView() {
        add(new H2("Users"));
    }
}
