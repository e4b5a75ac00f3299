package org.pathwork.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.function.Function;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.MainLayout;
import org.pathwork.ui.Notifications;
import org.pathwork.ui.Responsive;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.people.UserAccounts;
import org.pathwork.workflow.people.UserAdministration;
import org.springframework.security.crypto.password.PasswordEncoder;

/** People and their sign-in accounts: create, disable or enable, reset a password, change a role. */
@Route(value = "admin/users", layout = MainLayout.class)
@PageTitle("Users · Pathwork")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    private final UserAdministration users;
    private final Actor admin;
    private final Function<String, String> encoder;
    private final Clock clock;
    private final Grid<UserAccounts.Summary> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Span selected = new Span();
    private final Button disable = new Button("Disable sign-in");
    private final Button enable = new Button("Enable sign-in");
    private final Button resetPassword = new Button("Reset password");
    private final Button changeRole = new Button("Change role");

    public UsersView(UserAdministration users, CurrentUser current, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.admin = current.actor();
        this.encoder = passwords::encode;
        this.clock = clock;
        setSizeFull();

        filter.setId("users-filter");
        filter.setPlaceholder("Username or name");
        filter.setAriaLabel("Find people by username or name");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button create = new Button("New user", VaadinIcon.PLUS.create(),
                e -> new NewUserDialog(users, admin, encoder, clock, this::refresh).open());
        create.setId("user-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(filter, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.setId("users-grid");
        Grid.Column<UserAccounts.Summary> username = grid.addColumn(UserAccounts.Summary::username)
                .setHeader("Username").setAutoWidth(true);
        Grid.Column<UserAccounts.Summary> name = grid.addColumn(UserAccounts.Summary::displayName).setHeader("Name")
                .setAutoWidth(true);
        grid.addColumn(u -> RoleFields.label(u.role())).setHeader("Role").setAutoWidth(true);
        grid.addColumn(u -> String.join(", ", u.organizations())).setHeader("Organizations")
                .setFlexGrow(1);
        grid.addColumn(UsersView::signIn).setHeader("Sign-in").setAutoWidth(true);
        // on a phone: whom; the rest shows beside the actions once a person is selected
        Responsive.phoneColumns(grid, username, name);
        // database paging: the directory may hold many thousands of people
        grid.setItems(new CallbackDataProvider<>(
                q -> users.list(admin, filter.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> users.count(admin, filter.getValue()),
                UserAccounts.Summary::personId));
        grid.asSingleSelect().addValueChangeListener(e -> showActions(e.getValue()));

        selected.setId("selected-user");
        disable.setId("user-disable");
        disable.addClickListener(e -> act("Sign-in disabled.", p -> users.disable(admin, p.personId())));
        enable.setId("user-enable");
        enable.addClickListener(e -> act("Sign-in enabled.", p -> users.enable(admin, p.personId())));
        resetPassword.setId("user-reset-password");
        resetPassword.addClickListener(e -> new ResetPasswordDialog(users, admin, encoder, current(), this::refresh).open());
        changeRole.setId("user-change-role");
        changeRole.addClickListener(e -> new ChangeRoleDialog(users, admin, clock, current(), this::refresh).open());
        HorizontalLayout actions = new HorizontalLayout(selected, disable, enable, resetPassword, changeRole);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        showActions(null);

        add(new H2("Users"), toolbar, grid, actions);
        setFlexGrow(1, grid);
    }

    private static String signIn(UserAccounts.Summary u) {
        return !u.hasAccount() ? "no account" : u.enabled() ? "enabled" : "disabled";
    }

    private UserAccounts.Summary current() {
        return grid.asSingleSelect().getValue();
    }

    private void act(String success, java.util.function.Consumer<UserAccounts.Summary> action) {
        UserAccounts.Summary person = current();
        if (person != null && Notifications.attempt(success, () -> action.accept(person))) {
            refresh();
        }
    }

    /** After a change the row is read again; the selection is cleared so that no stale state is acted on. */
    private void refresh() {
        grid.asSingleSelect().clear();
        grid.getDataProvider().refreshAll();
    }

    private void showActions(UserAccounts.Summary person) {
        boolean any = person != null;
        selected.setText(any ? person.username() + " (" + person.displayName() + ")" : "Select a person to change them.");
        disable.setEnabled(any && person.enabled());
        enable.setEnabled(any && person.hasAccount() && !person.enabled());
        resetPassword.setEnabled(any);
        changeRole.setEnabled(any);
    }
}
