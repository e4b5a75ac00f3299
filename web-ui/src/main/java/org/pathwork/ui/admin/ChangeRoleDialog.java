package org.pathwork.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.pathwork.ui.Forms;
import org.pathwork.ui.Notifications;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.UserAccounts;
import org.pathwork.workflow.people.UserAdministration;

/**
 * Gives a person another role, with the birth date, school or employer the new role needs; for a
 * coordinator also the organizations they work for.
 */
final class ChangeRoleDialog extends Dialog {

    public record Form(Role role, LocalDate birthDate, Organization school, Organization employer,
                       java.util.Set<Organization> organizations) {
    }

    ChangeRoleDialog(UserAdministration users, Actor admin, Clock clock, UserAccounts.Summary person, Runnable done) {
        setId("user-role-dialog");
        setHeaderTitle("Role of " + person.username());
        Paragraph note = new Paragraph("A person has one role, and it is their role in every placement: a "
                + "student applies and reflects, a supervisor logs hours and evaluates, a coordinator reviews and "
                + "signs off. The role cannot change while they are the student or supervisor of a placement that "
                + "has not finished. A birth date is kept for students only.");
        note.setId("change-note");
        RoleFields placed = new RoleFields("change", users, admin, clock);
        placed.role.setValue(person.role());
        if (person.role() == Role.COORDINATOR) {
            placed.organizations.setValue(new java.util.HashSet<>(users.organizationsOf(admin, person.personId())));
        }

        Binder<Form> binder = new Binder<>(Form.class);
        binder.forField(placed.role).asRequired("Choose a role.")
                .withValidator(r -> r != person.role() || r == Role.COORDINATOR,
                        "This is already their role.")
                .bind("role");
        placed.bindDetails(binder);
        FormLayout form = new FormLayout(placed.role, placed.birthDate, placed.school, placed.employer,
                placed.organizations);
        add(note, form);

        Button save = new Button("Change role", e -> {
            Optional<Form> read = Forms.read(binder);
            if (read.isEmpty()) {
                return;
            }
            Form f = read.get();
            UserAdministration.RoleChange change = new UserAdministration.RoleChange(f.role(),
                    placed.student() ? f.birthDate() : null, placed.organizationIds());
            if (Notifications.attempt(person.username() + " is now " + RoleFields.label(f.role()).toLowerCase() + ".",
                    () -> users.changeRole(admin, person.personId(), change))) {
                close();
                done.run();
            }
        });
        save.setId("change-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("change-cancel");
        getFooter().add(cancel, save);
    }
}
