package org.pathwork.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Forms;
import org.pathwork.ui.MainLayout;
import org.pathwork.ui.Notifications;
import org.pathwork.ui.Responsive;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.UserAdministration;

/**
 * Districts, schools, out-of-school programs and employer partners: create them (a school or program
 * inside a district) and rename them. Coordinators see the students of their organizations.
 */
@Route(value = "admin/organizations", layout = MainLayout.class)
@PageTitle("Organizations · Pathwork")
@RolesAllowed("ADMIN")
public class OrganizationsView extends VerticalLayout {

    private final UserAdministration users;
    private final Actor admin;
    private final Grid<Organization> grid = new Grid<>();
    private Map<String, String> names = Map.of();

    public OrganizationsView(UserAdministration users, CurrentUser current) {
        this.users = users;
        this.admin = current.actor();
        setSizeFull();

        Button create = new Button("New organization", VaadinIcon.PLUS.create(), e -> createDialog().open());
        create.setId("organization-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("organizations-grid");
        Grid.Column<Organization> name = grid.addColumn(Organization::name).setHeader("Name").setAutoWidth(true)
                .setFlexGrow(2);
        Grid.Column<Organization> kind = grid.addColumn(o -> o.kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(o -> o.parentId() == null ? "" : names.getOrDefault(o.parentId(), "")).setHeader("District")
                .setAutoWidth(true);
        Responsive.phoneColumns(grid, name, kind);
        Button rename = new Button("Rename", VaadinIcon.EDIT.create(),
                e -> grid.asSingleSelect().getOptionalValue().ifPresent(o -> renameDialog(o).open()));
        rename.setId("organization-rename");
        rename.setEnabled(false);
        grid.asSingleSelect().addValueChangeListener(e -> rename.setEnabled(e.getValue() != null));
        add(new H2("Organizations"), new Paragraph("Students belong to a school or program, supervisors to an "
                + "employer partner, coordinators to schools, programs or a whole district."),
                new HorizontalLayout(create, rename), grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        List<Organization> all = users.allOrganizations(admin);
        names = all.stream().collect(Collectors.toMap(Organization::id, Organization::name));
        grid.setItems(all);
    }

    private Dialog createDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("organization-create-dialog");
        dialog.setHeaderTitle("New organization");
        TextField name = new TextField("Name");
        name.setId("organization-name");
        Forms.limit(name, Organization.MAX_NAME);
        name.setRequiredIndicatorVisible(true);
        Select<Organization.Kind> kind = new Select<>();
        kind.setId("organization-kind");
        kind.setLabel("Kind");
        kind.setItems(Organization.Kind.values());
        kind.setItemLabelGenerator(Organization.Kind::label);
        kind.setValue(Organization.Kind.SCHOOL);
        ComboBox<Organization> district = new ComboBox<>("District (optional)");
        district.setId("organization-parent");
        district.setItems(q -> users.organizations(admin, Organization.Kind.DISTRICT, q.getFilter().orElse(""),
                q.getOffset(), q.getLimit()).stream());
        district.setItemLabelGenerator(Organization::name);
        district.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> {
            district.setVisible(e.getValue() != null && e.getValue().mayHaveParent());
            if (!district.isVisible()) {
                district.clear();
            }
        });
        dialog.add(new FormLayout(name, kind, district));
        Button save = new Button("Create", e -> {
            String parent = district.getValue() == null ? null : district.getValue().id();
            if (Notifications.attempt("Created " + name.getValue().strip() + ".",
                    () -> users.createOrganization(admin, name.getValue(), kind.getValue(), parent))) {
                dialog.close();
                refresh();
            }
        });
        save.setId("organization-create-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        return dialog;
    }

    private Dialog renameDialog(Organization org) {
        Dialog dialog = new Dialog();
        dialog.setId("organization-rename-dialog");
        dialog.setHeaderTitle("Rename " + org.name());
        TextField name = new TextField("New name");
        name.setId("organization-new-name");
        Forms.limit(name, Organization.MAX_NAME);
        name.setValue(org.name());
        dialog.add(name);
        Button save = new Button("Rename", e -> {
            if (Notifications.attempt("Renamed to " + name.getValue().strip() + ".",
                    () -> users.renameOrganization(admin, org.id(), name.getValue()))) {
                dialog.close();
                refresh();
            }
        });
        save.setId("organization-rename-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        return dialog;
    }
}
