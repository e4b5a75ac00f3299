package org.pathwork.ui.admin;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import org.pathwork.ui.Forms;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PasswordRule;
import org.pathwork.workflow.people.UserAdministration;

/**
 * A role and what goes with it, shared by the new-user and change-role forms: a birth date and a
 * school or program for students, an employer partner for supervisors, the schools, programs or
 * districts a coordinator works for (they see those students' placements).
 * Fields that do not apply to the chosen role are hidden, and their rules pass. Also the password
 * rule that new accounts and resets share.
 */
final class RoleFields {

    final Select<Role> role = new Select<>();
    final DatePicker birthDate = new DatePicker("Birth date");
    final ComboBox<Organization> school = new ComboBox<>("School or program");
    final ComboBox<Organization> employer = new ComboBox<>("Employer partner");
    final MultiSelectComboBox<Organization> organizations = new MultiSelectComboBox<>("Schools, programs or districts");
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
        organizations.setId(idPrefix + "-organizations");
        organizations.setHelperText("The coordinator sees the placements of these organizations' students; a "
                + "district covers its schools and programs.");
        organizations(school, Organization.Kind.LEARNING, users, admin);
        organizations(employer, java.util.EnumSet.of(Organization.Kind.EMPLOYER), users, admin);
        organizations.setItems(query -> users.organizations(admin, Organization.Kind.COORDINATED,
                query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        organizations.setItemLabelGenerator(RoleFields::organizationLabel);
        role.addValueChangeListener(e -> showWhatApplies());
        showWhatApplies();
    }

    /** Lazily loaded and filtered in the database: there may be many employer partners. */
    private static void organizations(ComboBox<Organization> box, java.util.Set<Organization.Kind> kinds,
                                      UserAdministration users, Actor admin) {
        box.setItems(query -> users.organizations(admin, kinds, query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        box.setItemLabelGenerator(Organization::name);
        box.setClearButtonVisible(true);
    }

    /** "Lincoln High School (school)": names may repeat across kinds. */
    static String organizationLabel(Organization o) {
        return o.name() + " (" + o.kind().label().toLowerCase(Locale.ROOT) + ")";
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
        binder.forField(school).withValidator(s -> !student() || s != null, "Choose the student's school or program.")
                .bind("school");
        binder.forField(organizations)
                .withValidator(o -> role.getValue() != Role.COORDINATOR || !o.isEmpty(),
                        "Choose the schools, programs or district the coordinator works for.")
                .bind("organizations");
        binder.forField(employer)
                .withValidator(e -> !supervisor() || e != null, "Choose the supervisor's employer partner.")
                .bind("employer");
    }

    /** The password rule of new accounts and resets. */
    static void bindPassword(Binder<?> binder, PasswordField password, String missing) {
        Forms.limit(password, PasswordRule.MAX_LENGTH);
        binder.forField(password).asRequired(missing).withValidator(RoleFields::passwordRule).bind("password");
    }

    /** {@link PasswordRule}, its sentence shown at the field as the admin types. */
    static com.vaadin.flow.data.binder.ValidationResult passwordRule(String password,
                                                                      com.vaadin.flow.data.binder.ValueContext context) {
        try {
            PasswordRule.check(password);
            return com.vaadin.flow.data.binder.ValidationResult.ok();
        } catch (org.pathwork.workflow.common.RuleViolation refused) {
            return com.vaadin.flow.data.binder.ValidationResult.error(refused.getMessage());
        }
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

    /** The ids of the organizations the chosen role belongs to, as the service takes them. */
    List<String> organizationIds() {
        Role r = role.getValue();
        if (r == Role.STUDENT && school.getValue() != null) {
            return List.of(school.getValue().id());
        }
        if (r == Role.SUPERVISOR && employer.getValue() != null) {
            return List.of(employer.getValue().id());
        }
        if (r == Role.COORDINATOR) {
            return organizations.getValue().stream().map(Organization::id).toList();
        }
        return List.of();
    }

    private void showWhatApplies() {
        Role r = role.getValue();
        birthDate.setVisible(r == Role.STUDENT);
        school.setVisible(r == Role.STUDENT);
        organizations.setVisible(r == Role.COORDINATOR);
        organizations.setRequiredIndicatorVisible(r == Role.COORDINATOR);
        school.setRequiredIndicatorVisible(r == Role.STUDENT);
        employer.setVisible(r == Role.SUPERVISOR);
        employer.setRequiredIndicatorVisible(r == Role.SUPERVISOR);
        birthDate.setRequiredIndicatorVisible(r == Role.STUDENT);
    }
}
