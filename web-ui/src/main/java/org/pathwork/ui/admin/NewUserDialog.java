package org.pathwork.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.pathwork.ui.Forms;
import org.pathwork.ui.Notifications;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.UserAdministration;

/** Creates a person with a sign-in account; every rule is checked as the admin types, and again by the service. */
final class NewUserDialog extends Dialog {

    /** The form as typed; the password stays in this form until it is hashed by the service's caller. */
    public record Form(String username, String displayName, String email, Role role, LocalDate birthDate,
                Organization school, Organization employer, java.util.Set<Organization> organizations,
                String password) {
    }

    NewUserDialog(UserAdministration users, Actor admin, Function<String, String> encoder, Clock clock,
                  Runnable created) {
        setId("user-create-dialog");
        setHeaderTitle("New user");
        TextField username = Forms.field("Username", "user-username", UserAdministration.MAX_USERNAME);
        username.setHelperText(UserAdministration.USERNAME_RULE);
        TextField displayName = Forms.field("Display name", "user-display-name", UserAdministration.MAX_DISPLAY_NAME);
        TextField email = Forms.field("E-mail", "user-email", UserAdministration.MAX_EMAIL);
        RoleFields placed = new RoleFields("user", users, admin, clock);
        PasswordField password = new PasswordField("Initial password");
        password.setId("user-password");
        password.setHelperText("At least " + UserAdministration.MIN_PASSWORD_LENGTH + " characters, not easy to "
                + "guess. The person chooses their own at first sign-in.");
        password.setValueChangeMode(ValueChangeMode.EAGER);

        Binder<Form> binder = new Binder<>(Form.class);
        binder.forField(username).asRequired("Choose a username.")
                .withValidator(u -> UserAdministration.USERNAME.matcher(u.strip()).matches(),
                        UserAdministration.USERNAME_RULE)
                .withValidator(u -> !users.usernameTaken(admin, u.strip()), "This username is already taken.")
                .bind("username");
        binder.forField(displayName).asRequired("Say how the person's name is shown.").bind("displayName");
        binder.forField(email).withValidator(new EmailValidator("This is not a valid e-mail address.", true))
                .bind("email");
        binder.forField(placed.role).asRequired("Choose a role.").bind("role");
        placed.bindDetails(binder);
        RoleFields.bindPassword(binder, password, "Give an initial password.");

        FormLayout form = new FormLayout(username, displayName, email, placed.role, placed.birthDate, placed.school,
                placed.employer, placed.organizations, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);

        Button save = new Button("Create user", e -> {
            Optional<Form> read = Forms.read(binder);
            if (read.isEmpty()) {
                return;
            }
            Form f = read.get();
            UserAdministration.NewUser user = new UserAdministration.NewUser(f.username().strip(), f.displayName(),
                    f.email(), f.role(), placed.student() ? f.birthDate() : null, placed.organizationIds());
            if (Notifications.attempt("Created " + user.username() + ".",
                    () -> users.create(admin, user, f.password(), encoder))) {
                close();
                created.run();
            }
        });
        save.setId("user-create-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("user-create-cancel");
        getFooter().add(cancel, save);
    }
}
