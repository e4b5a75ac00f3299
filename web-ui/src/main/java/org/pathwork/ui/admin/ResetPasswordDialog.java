package org.pathwork.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import java.util.function.Function;
import org.pathwork.ui.Forms;
import org.pathwork.ui.Notifications;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.people.UserAccounts;
import org.pathwork.workflow.people.UserAdministration;

/** Sets a new password for a person (and gives them an account if they had none). */
final class ResetPasswordDialog extends Dialog {

    public record Form(String password) {
    }

    ResetPasswordDialog(UserAdministration users, Actor admin, Function<String, String> encoder,
                        UserAccounts.Summary person, Runnable done) {
        setId("user-reset-dialog");
        setHeaderTitle("New password for " + person.username());
        PasswordField password = new PasswordField("New password");
        password.setId("reset-password");
        password.setValueChangeMode(ValueChangeMode.EAGER);
        password.setHelperText("At least " + UserAdministration.MIN_PASSWORD_LENGTH
                + " characters. Tell the person in person or by phone, never by e-mail.");
        Binder<Form> binder = new Binder<>(Form.class);
        RoleFields.bindPassword(binder, password, "Give the new password.");
        add(new Paragraph("Their old password stops working at once."), password);

        Button save = new Button("Set password", e -> {
            Optional<Form> read = Forms.read(binder);
            if (read.isEmpty()) {
                return;
            }
            Form f = read.get();
            if (Notifications.attempt("New password set for " + person.username() + ".",
                    () -> users.resetPassword(admin, person.personId(), f.password(), encoder))) {
                close();
                done.run();
            }
        });
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("reset-cancel");
        getFooter().add(cancel, save);
    }
}
