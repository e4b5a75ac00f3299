package org.pathwork.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.annotation.security.RolesAllowed;
import org.pathwork.security.SignedInSessions;
import org.pathwork.workflow.people.PasswordRule;
import org.pathwork.workflow.people.UserAdministration;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Everyone's own password. A person whose password an administrator chose is sent here first
 * ({@link PasswordChangeRedirect}) and can go nowhere else until they have chosen their own.
 */
@Route(value = "password", layout = MainLayout.class)
@PageTitle("Change password · Pathwork")
@RolesAllowed({"STUDENT", "SUPERVISOR", "COORDINATOR", "ADMIN"})
public class ChangePasswordView extends VerticalLayout {

    public ChangePasswordView(UserAdministration users, CurrentUser current, PasswordEncoder passwords,
                              SignedInSessions sessions) {
        boolean forced = current.user().passwordChangeRequired();
        add(new H2("Change your password"));
        if (forced) {
            Paragraph why = new Paragraph("An administrator set your password. Choose your own before you go on.");
            why.setId("password-change-required");
            add(why);
        }
        PasswordField currentPassword = new PasswordField("Current password");
        currentPassword.setId("password-current");
        PasswordField newPassword = new PasswordField("New password");
        newPassword.setId("password-new");
        newPassword.setHelperText("At least " + PasswordRule.MIN_LENGTH + " characters and not easy to guess: a few "
                + "unrelated words together work well.");
        Forms.limit(newPassword, PasswordRule.MAX_LENGTH);
        PasswordField repeat = new PasswordField("New password again");
        repeat.setId("password-repeat");
        Button save = new Button("Change password", e -> {
            repeat.setInvalid(false);
            if (!newPassword.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two new passwords differ.");
                repeat.setInvalid(true);
                return;
            }
            if (Notifications.attempt("Your password is changed.", () -> users.changeOwnPassword(current.actor(),
                    currentPassword.getValue(), newPassword.getValue(), passwords::matches, passwords::encode))) {
                sessions.refresh(VaadinServletRequest.getCurrent().getHttpServletRequest(),
                        VaadinServletResponse.getCurrent().getHttpServletResponse());
                currentPassword.clear();
                newPassword.clear();
                repeat.clear();
                if (forced) {
                    getUI().ifPresent(ui -> ui.navigate(""));
                }
            }
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(currentPassword, newPassword, repeat, save);
        form.setPadding(false);
        form.setMaxWidth("28em");
        add(form);
    }
}
