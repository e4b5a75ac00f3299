package org.pathwork.ui.admin;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.UserAdministration;

/**
 * A role and what goes with it, shared by the new-user and change-role forms: a birth date and a
 * school for students, an employer partner for supervisors, optionally a school for coordinators.
 * Fields that do not apply to the chosen role are hidden, and their rules pass. Also the password
 * rule that new accounts and resets share.
 */
final class RoleFields {

    final Select<Role> role = new Select<>();
    final DatePicker birthDate = new DatePicker("Birth date");
    final ComboBox<Organization> school = new ComboBox<>("School");
    final ComboBox<Organization> employer = new ComboBox<>("Employer partner");
    private final Clock clock;

    RoleFields(String idPrefix, UserAdministration users, Actor admin, Clock clock) {
        this.clock = clock;
        role.setLabel("Role");
        role.setItems(UserAdministration.ASSIGNABLE_ROLES);
        role.setItemLabelGenerator(RoleFields::label);
        role.setId(idPrefix + "-role");
        birthDate.setId(idPrefix + "-birth-date");
        school.setId(idPrefix + "-school");
        employer.setId(idPrefix + "-employer");
        organizations(school, Organization.Kind.SCHOOL, users, admin);
        organizations(employer, Organization.Kind.EMPLOYER, users, admin);
        role.addValueChangeListener(e -> showWhatApplies());
        showWhatApplies();
    }

    /** Lazily loaded and filtered in the database: there may be many employer partners. */
    private static void organizations(ComboBox<Organization> box, Organization.Kind kind, UserAdministration users,
                                      Actor admin) {
        box.setItems(query -> users.organizations(admin, kind, query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        box.setItemLabelGenerator(Organization::name);
        box.setClearButtonVisible(true);
    }

    static String label(Role role) {
        return role == null ? "" : role.name().charAt(0) + role.name().substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * Binds the birth date, school and employer to the form record's components of those names;
     * the role is bound by each form, whose rule for it differs.
     */
    void bindDetails(Binder<?> binder) {
        binder.forField(birthDate)
                .withValidator(d -> !birthDateMissing(d), "A student needs a birth date.")
                .withValidator(d -> !birthDateNotPast(d), "A birth date must be in the past.")
                .bind("birthDate");
        binder.forField(school).withValidator(s -> !student() || s != null, "Choose the student's school.")
                .bind("school");
        binder.forField(employer)
                .withValidator(e -> !supervisor() || e != null, "Choose the supervisor's employer partner.")
                .bind("employer");
    }

    /** The password rule of new accounts and resets. */
    static void bindPassword(Binder<?> binder, PasswordField password, String missing) {
        binder.forField(password).asRequired(missing)
                .withValidator(p -> p.length() >= UserAdministration.MIN_PASSWORD_LENGTH,
                        "At least " + UserAdministration.MIN_PASSWORD_LENGTH + " characters.")
                .withValidator(p -> p.length() <= UserAdministration.MAX_PASSWORD_LENGTH,
                        "At most " + UserAdministration.MAX_PASSWORD_LENGTH + " characters.")
                .bind("password");
    }

    boolean student() {
        return role.getValue() == Role.STUDENT;
    }

    boolean supervisor() {
        return role.getValue() == Role.SUPERVISOR;
    }

    /** Birth date rule: required for a student, and in the past. */
    boolean birthDateMissing(LocalDate date) {
        return student() && date == null;
    }

    boolean birthDateNotPast(LocalDate date) {
        return student() && date != null && !date.isBefore(LocalDate.now(clock));
    }

    String schoolId() {
        return school.isVisible() && school.getValue() != null ? school.getValue().id() : null;
    }

    String employerId() {
        return employer.isVisible() && employer.getValue() != null ? employer.getValue().id() : null;
    }

    private void showWhatApplies() {
        Role r = role.getValue();
        birthDate.setVisible(r == Role.STUDENT);
        school.setVisible(r == Role.STUDENT || r == Role.COORDINATOR);
        school.setRequiredIndicatorVisible(r == Role.STUDENT);
        employer.setVisible(r == Role.SUPERVISOR);
        employer.setRequiredIndicatorVisible(r == Role.SUPERVISOR);
        birthDate.setRequiredIndicatorVisible(r == Role.STUDENT);
    }
}
