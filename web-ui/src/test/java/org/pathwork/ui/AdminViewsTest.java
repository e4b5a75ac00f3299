package org.pathwork.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.pathwork.security.PathworkUser;
import org.pathwork.ui.admin.ConsistencyView;
import org.pathwork.ui.admin.OrganizationsView;
import org.pathwork.ui.admin.ReadModelsView;
import org.pathwork.ui.admin.UsersView;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.maintenance.Maintenance;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.query.OpportunityView;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.UserAccounts;
import org.pathwork.workflow.people.UserAdministration;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.process.ProcessConsistencyCheck.Disagreement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The admin's screens: users, the consistency check, the rebuild of the read models. */
class AdminViewsTest extends KaribuTest {

    private static final String PASSWORD = "violet canoe ladder 42";
    private static final String SECOND_PASSWORD = "amber whistle orchard 7";

    @Autowired UserAdministration administration;
    @Autowired PasswordEncoder passwords;
    @Autowired PlacementService placements;
    @Autowired OpportunityService opportunities;
    @Autowired Maintenance maintenance;
    @Autowired RuntimeService runtime;

    // --- access --------------------------------------------------------------------------------

    @Test
    void onlyAnAdministratorReachesTheAdminScreens() {
        for (String who : List.of("coordinator", "supervisor", "student")) {
            signIn(who);
            for (String address : List.of("admin/users", "admin/organizations", "admin/consistency", "admin/read-models")) {
                navigate(address);
                assertThat(UI.getCurrent().getCurrentView().getClass().getPackageName()).as(who + " at " + address)
                        .doesNotContain("admin");
            }
        }
        signIn("admin");
        navigate("admin/users");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(UsersView.class);
        navigate("admin/organizations");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OrganizationsView.class);
        navigate("admin/consistency");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ConsistencyView.class);
        navigate("admin/read-models");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ReadModelsView.class);
    }

    // --- users ---------------------------------------------------------------------------------

    @Test
    void anAdministratorCreatesAStudentWhoCanSignIn() {
        signIn("admin");
        navigate("admin/users");
        String username = unique();
        _click(_get(Button.class, s -> s.withId("user-new")));
        _setValue(_get(TextField.class, s -> s.withId("user-username")), username);
        _setValue(_get(TextField.class, s -> s.withId("user-display-name")), "<b>Dana</b> Student");
        _setValue(_get(TextField.class, s -> s.withId("user-email")), "dana@example.org");
        _setValue(roleSelect("user-role"), Role.STUDENT);
        _setValue(_get(DatePicker.class, s -> s.withId("user-birth-date")), LocalDate.now().minusYears(16));
        ComboBoxKt.selectByLabel(organizationBox("user-school"), "Lincoln High School");
        _setValue(_get(PasswordField.class, s -> s.withId("user-password")), PASSWORD);
        _click(_get(Button.class, s -> s.withId("user-create-save")));

        NotificationsKt.expectNotifications("Created " + username + ".");
        assertThat(_find(Dialog.class)).isEmpty();
        UserAccounts.Summary row = onlyRowFor(username);
        assertThat(row.displayName()).isEqualTo("<b>Dana</b> Student");
        assertThat(row.role()).isEqualTo(Role.STUDENT);
        assertThat(row.organizations()).containsExactly("Lincoln High School");
        assertThat(row.enabled()).isTrue();
        var user = users.loadUserByUsername(username);
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.getPassword()).doesNotContain(PASSWORD);
        assertThat(passwords.matches(PASSWORD, user.getPassword())).isTrue();
        assertThat(((PathworkUser) user).passwordChangeRequired()).as("the admin chose the password").isTrue();
    }

    @Test
    void theNewUserFormSaysWhatIsWrongAsTheAdministratorTypesAndSavesNothing() {
        signIn("admin");
        navigate("admin/users");
        _click(_get(Button.class, s -> s.withId("user-new")));
        TextField username = _get(TextField.class, s -> s.withId("user-username"));
        TextField displayName = _get(TextField.class, s -> s.withId("user-display-name"));
        TextField email = _get(TextField.class, s -> s.withId("user-email"));
        PasswordField password = _get(PasswordField.class, s -> s.withId("user-password"));

        _setValue(username, "Not Valid");
        assertThat(username.getErrorMessage()).isEqualTo(UserAdministration.USERNAME_RULE);
        _setValue(username, "student");
        assertThat(username.getErrorMessage()).isEqualTo("This username is already taken.");
        String someone = "Someone " + unique();   // other view tests in this context make people too
        _setValue(displayName, someone);
        _setValue(displayName, "");
        assertThat(displayName.getErrorMessage()).isEqualTo("Say how the person's name is shown.");
        _setValue(email, "not an address");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("This is not a valid e-mail address.");
        _setValue(roleSelect("user-role"), Role.STUDENT);
        DatePicker birthDate = _get(DatePicker.class, s -> s.withId("user-birth-date"));
        _setValue(birthDate, LocalDate.now().plusDays(1));
        assertThat(birthDate.getErrorMessage()).isEqualTo("A birth date must be in the past.");
        _setValue(password, "too short");
        assertThat(password.getErrorMessage()).isEqualTo("A password needs at least 10 characters.");
        _setValue(password, "password123");
        assertThat(password.getErrorMessage()).startsWith("This password is too easy to guess: ");
        _setValue(birthDate, null);
        _click(_get(Button.class, s -> s.withId("user-create-save")));

        assertThat(birthDate.getErrorMessage()).isEqualTo("A student needs a birth date.");
        assertThat(organizationBox("user-school").getErrorMessage()).isEqualTo("Choose the student's school or program.");
        assertThat(_find(Dialog.class)).hasSize(1);
        NotificationsKt.expectNoNotifications();

        _setValue(roleSelect("user-role"), Role.SUPERVISOR);
        _click(_get(Button.class, s -> s.withId("user-create-save")));
        assertThat(organizationBox("user-employer").getErrorMessage())
                .isEqualTo("Choose the supervisor's employer partner.");
        assertThat(username.getValue()).isEqualTo("student");
        assertThat(administration.count(admin(), someone)).isZero();
    }

    @Test
    void aDisabledUserCanNoLongerSignInUntilEnabledAgain() {
        Actor admin = signInAsAdmin();
        String username = unique();
        administration.create(admin, coordinator(username), PASSWORD, passwords::encode);
        navigate("admin/users");
        select(username);

        _click(_get(Button.class, s -> s.withId("user-disable")));

        NotificationsKt.expectNotifications("Sign-in disabled.");
        assertThat(users.loadUserByUsername(username).isEnabled()).isFalse();
        DaoAuthenticationProvider signIn = new DaoAuthenticationProvider(users);
        signIn.setPasswordEncoder(passwords);
        assertThatThrownBy(() -> signIn.authenticate(new UsernamePasswordAuthenticationToken(username, PASSWORD)))
                .isInstanceOf(DisabledException.class);
        assertThat(onlyRowFor(username).enabled()).isFalse();

        select(username);
        _click(_get(Button.class, s -> s.withId("user-enable")));
        NotificationsKt.expectNotifications("Sign-in enabled.");
        assertThat(signIn.authenticate(new UsernamePasswordAuthenticationToken(username, PASSWORD)).isAuthenticated())
                .isTrue();
    }

    @Test
    void anAdministratorCannotDisableThemselfAndIsToldWhy() {
        signIn("admin");
        navigate("admin/users");
        select("admin");
        _click(_get(Button.class, s -> s.withId("user-disable")));
        NotificationsKt.expectNotifications("You cannot disable your own account.");
        assertThat(users.loadUserByUsername("admin").isEnabled()).isTrue();
    }

    @Test
    void anAdministratorResetsAPasswordOfAtLeastTenCharacters() {
        Actor admin = signInAsAdmin();
        String username = unique();
        administration.create(admin, coordinator(username), PASSWORD, passwords::encode);
        navigate("admin/users");
        select(username);
        _click(_get(Button.class, s -> s.withId("user-reset-password")));
        PasswordField password = _get(PasswordField.class, s -> s.withId("reset-password"));

        _setValue(password, "short");
        assertThat(password.getErrorMessage()).isEqualTo("A password needs at least 10 characters.");
        _click(_get(Button.class, s -> s.withId("reset-save")));
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(passwords.matches(PASSWORD, users.loadUserByUsername(username).getPassword())).isTrue();

        _setValue(password, SECOND_PASSWORD);
        _click(_get(Button.class, s -> s.withId("reset-save")));
        NotificationsKt.expectNotifications("New password set for " + username + ".");
        assertThat(passwords.matches(SECOND_PASSWORD, users.loadUserByUsername(username).getPassword())).isTrue();
    }

    @Test
    void anAdministratorChangesARoleWithWhatTheNewRoleNeeds() {
        Actor admin = signInAsAdmin();
        String username = unique();
        administration.create(admin, coordinator(username), PASSWORD, passwords::encode);
        navigate("admin/users");
        select(username);
        _click(_get(Button.class, s -> s.withId("user-change-role")));
        assertThat(_get(Paragraph.class, s -> s.withId("change-note")).getText()).contains("every placement");

        _setValue(roleSelect("change-role"), Role.SUPERVISOR);
        _click(_get(Button.class, s -> s.withId("change-save")));
        assertThat(organizationBox("change-employer").getErrorMessage())
                .isEqualTo("Choose the supervisor's employer partner.");
        ComboBoxKt.selectByLabel(organizationBox("change-employer"), "Northwind Engineering");
        _click(_get(Button.class, s -> s.withId("change-save")));

        NotificationsKt.expectNotifications(username + " is now supervisor.");
        UserAccounts.Summary row = onlyRowFor(username);
        assertThat(row.role()).isEqualTo(Role.SUPERVISOR);
        assertThat(row.organizations()).containsExactly("Northwind Engineering");
    }

    @Test
    void theRoleOfAStudentWithAnOpenPlacementCannotChangeAndTheAdministratorIsToldWhy() {
        Actor admin = signInAsAdmin();
        String username = unique();
        String studentId = freshStudentWithAnApplication(admin, username);
        navigate("admin/users");
        select(username);
        _click(_get(Button.class, s -> s.withId("user-change-role")));
        _setValue(roleSelect("change-role"), Role.COORDINATOR);
        _setValue(organizationsBox("change-organizations"), java.util.Set.of(lincoln(admin)));
        _click(_get(Button.class, s -> s.withId("change-save")));

        NotificationsKt.expectNotifications(username + " is the student or supervisor of a placement that has not "
                + "finished, so their role cannot change until it has.");
        assertThat(_find(Dialog.class)).as("the form stays open").hasSize(1);
        assertThat(onlyRowFor(username).role()).isEqualTo(Role.STUDENT);
        assertThat(onlyRowFor(username).personId()).isEqualTo(studentId);
    }

    @Test
    void aCoordinatorIsCreatedForSeveralOrganizationsAndTheFormAsksForAtLeastOne() {
        Actor admin = signInAsAdmin();
        Organization district = administration.createOrganization(admin, "District " + unique(),
                Organization.Kind.DISTRICT, null);
        navigate("admin/users");
        String username = unique();
        _click(_get(Button.class, s -> s.withId("user-new")));
        _setValue(_get(TextField.class, s -> s.withId("user-username")), username);
        _setValue(_get(TextField.class, s -> s.withId("user-display-name")), "Many Places");
        _setValue(roleSelect("user-role"), Role.COORDINATOR);
        _setValue(_get(PasswordField.class, s -> s.withId("user-password")), PASSWORD);
        assertThat(_find(ComboBox.class, s -> s.withId("user-school"))).as("students' field").isEmpty();
        _click(_get(Button.class, s -> s.withId("user-create-save")));
        assertThat(organizationsBox("user-organizations").getErrorMessage())
                .isEqualTo("Choose the schools, programs or district the coordinator works for.");
        NotificationsKt.expectNoNotifications();

        _setValue(organizationsBox("user-organizations"), java.util.Set.of(district, lincoln(admin)));
        _click(_get(Button.class, s -> s.withId("user-create-save")));
        NotificationsKt.expectNotifications("Created " + username + ".");
        assertThat(onlyRowFor(username).organizations()).containsExactlyInAnyOrder(district.name(), "Lincoln High School");
    }

    // --- organizations -------------------------------------------------------------------------

    @Test
    void anAdministratorCreatesASchoolInADistrictAndRenamesIt() {
        Actor admin = signInAsAdmin();
        String district = "District " + unique();
        administration.createOrganization(admin, district, Organization.Kind.DISTRICT, null);
        navigate("admin/organizations");
        String name = "School " + unique();

        _click(_get(Button.class, s -> s.withId("organization-create")));
        _setValue(_get(TextField.class, s -> s.withId("organization-name")), name);
        @SuppressWarnings("unchecked")
        Select<Organization.Kind> kind = _get(Select.class, s -> s.withId("organization-kind"));
        _setValue(kind, Organization.Kind.SCHOOL);
        ComboBoxKt.selectByLabel(organizationBox("organization-parent"), district);
        _click(_get(Button.class, s -> s.withId("organization-create-save")));
        NotificationsKt.expectNotifications("Created " + name + ".");

        Organization created = organizationRow(name);
        assertThat(created.kind()).isEqualTo(Organization.Kind.SCHOOL);
        assertThat(administration.organization(admin, created.parentId()).name()).isEqualTo(district);

        @SuppressWarnings("unchecked")
        Grid<Organization> grid = _get(Grid.class, s -> s.withId("organizations-grid"));
        GridKt._select(grid, created);
        _click(_get(Button.class, s -> s.withId("organization-rename")));
        _setValue(_get(TextField.class, s -> s.withId("organization-new-name")), "Lincoln High School");
        _click(_get(Button.class, s -> s.withId("organization-rename-save")));
        NotificationsKt.expectNotifications("There is already a school called Lincoln High School.");
        _setValue(_get(TextField.class, s -> s.withId("organization-new-name")), name + " renamed");
        _click(_get(Button.class, s -> s.withId("organization-rename-save")));
        NotificationsKt.expectNotifications("Renamed to " + name + " renamed.");
        assertThat(organizationRow(name + " renamed").id()).isEqualTo(created.id());
    }

    @Test
    void anEmployerCannotBelongToADistrictAndTheAdministratorIsToldWhy() {
        signIn("admin");
        navigate("admin/organizations");
        _click(_get(Button.class, s -> s.withId("organization-create")));
        @SuppressWarnings("unchecked")
        Select<Organization.Kind> kind = _get(Select.class, s -> s.withId("organization-kind"));
        _setValue(kind, Organization.Kind.EMPLOYER);
        assertThat(_find(ComboBox.class, s -> s.withId("organization-parent"))).isEmpty();
        _click(_get(Button.class, s -> s.withId("organization-create-save")));
        NotificationsKt.expectNotifications("The name is missing.");
        assertThat(_find(Dialog.class)).hasSize(1);
    }

    // --- one's own password --------------------------------------------------------------------

    @Test
    void aPersonWhosePasswordAnAdminSetIsSentToChooseTheirOwnBeforeAnythingElse() {
        Actor admin = admin();
        String username = unique();
        administration.create(admin, coordinator(username), PASSWORD, passwords::encode);
        signIn(username);
        navigate("review");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ChangePasswordView.class);
        assertThat(_get(Paragraph.class, s -> s.withId("password-change-required")).getText())
                .contains("An administrator set your password");

        _setValue(_get(PasswordField.class, s -> s.withId("password-current")), PASSWORD);
        _setValue(_get(PasswordField.class, s -> s.withId("password-new")), "qwerty123456");
        _setValue(_get(PasswordField.class, s -> s.withId("password-repeat")), "qwerty123456");
        _click(_get(Button.class, s -> s.withId("password-save")));
        NotificationsKt.expectNotifications("This password is too easy to guess: this is a very common password. "
                + "Try a few unrelated words together.");
        assertThat(passwords.matches(PASSWORD, users.loadUserByUsername(username).getPassword())).isTrue();

        _setValue(_get(PasswordField.class, s -> s.withId("password-new")), SECOND_PASSWORD);
        _setValue(_get(PasswordField.class, s -> s.withId("password-repeat")), SECOND_PASSWORD + "x");
        _click(_get(Button.class, s -> s.withId("password-save")));
        assertThat(_get(PasswordField.class, s -> s.withId("password-repeat")).getErrorMessage())
                .isEqualTo("The two new passwords differ.");

        _setValue(_get(PasswordField.class, s -> s.withId("password-current")), PASSWORD);
        _setValue(_get(PasswordField.class, s -> s.withId("password-new")), SECOND_PASSWORD);
        _setValue(_get(PasswordField.class, s -> s.withId("password-repeat")), SECOND_PASSWORD);
        _click(_get(Button.class, s -> s.withId("password-save")));
        NotificationsKt.expectNotifications("Your password is changed.");
        PathworkUser now = (PathworkUser) users.loadUserByUsername(username);
        assertThat(passwords.matches(SECOND_PASSWORD, now.getPassword())).isTrue();
        assertThat(now.passwordChangeRequired()).isFalse();
        navigate("review");
        assertThat(UI.getCurrent().getCurrentView()).as("free to go on").isNotInstanceOf(ChangePasswordView.class);
    }

    // --- consistency check ---------------------------------------------------------------------

    @Test
    void theConsistencyCheckListsAPlacementWhoseProcessWasMovedByHand() {
        Actor admin = signInAsAdmin();
        String placement = freshStudentWithAnApplicationPlacement(admin);
        Grid<?> grid;
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(placement).singleResult().getId();
        runtime.createProcessInstanceModification(process).cancelAllForActivity("user_task_review_application")
                .startBeforeActivity("user_task_start_placement").execute();
        try {
            navigate("admin/consistency");
            _click(_get(Button.class, s -> s.withId("consistency-run")));

            grid = _get(Grid.class, s -> s.withId("consistency-grid"));
            assertThat(_get(Paragraph.class, s -> s.withId("consistency-result")).getText()).contains("disagree");
            var row = GridKt._findAll(grid).stream()
                    .map(d -> (Disagreement) d)
                    .filter(d -> d.placementId().equals(placement)).findFirst().orElseThrow();
            assertThat(row.status().name()).isEqualTo("APPLIED");
            assertThat(row.waitingAt()).contains("user_task_start_placement");
            assertThat(row.explanation()).startsWith("The placement is APPLIED but its process waits at");
        } finally {
            runtime.createProcessInstanceModification(process).cancelAllForActivity("user_task_start_placement")
                    .startBeforeActivity("user_task_review_application").execute();
        }

        _click(_get(Button.class, s -> s.withId("consistency-run")));
        String result = _get(Paragraph.class, s -> s.withId("consistency-result")).getText();
        if (maintenance.checkConsistency(admin).isEmpty()) {
            assertThat(result).endsWith("every placement agrees with its process.");
            assertThat(grid.isVisible()).isFalse();
        } else {
            assertThat(GridKt._findAll(grid)).noneMatch(d -> d.toString().contains(placement));
        }
    }

    // --- read models ---------------------------------------------------------------------------

    @Test
    void aRebuildShowsItsProgressThenTheEventsReplayedAndTheTimeTaken() {
        signIn("admin");
        navigate("admin/read-models");
        Button start = _get(Button.class, s -> s.withId("rebuild-start"));
        Span status = _get(Span.class, s -> s.withId("rebuild-status"));

        _click(start);
        assertThat(start.isEnabled()).as("one rebuild at a time").isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
        await().atMost(Duration.ofMinutes(2)).pollInSameThread().until(() -> {
            MockVaadin.runUIQueue();
            return status.getText().startsWith("Rebuilt");
        });

        assertThat(status.getText()).matches("Rebuilt from [0-9,]+ events in [0-9.]+ s\\.");
        assertThat(_get(ProgressBar.class, s -> s.withId("rebuild-progress")).getValue()).isEqualTo(1.0);
        assertThat(start.isEnabled()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).as("back to the poll that notices an ended session")
                .isEqualTo(MainLayout.POLL_MILLIS);
        assertThat(maintenance.rebuildRunning()).isFalse();
    }

    // --- helpers -------------------------------------------------------------------------------

    private Actor signInAsAdmin() {
        return signIn("admin").actor(Source.UI);
    }

    private Actor admin() {
        return ((PathworkUser) users.loadUserByUsername("admin")).actor(Source.UI);
    }

    private String freshStudentWithAnApplication(Actor admin, String username) {
        Organization school = administration.organizations(admin, Organization.Kind.SCHOOL, "Lincoln", 0, 1).get(0);
        String id = administration.create(admin, new UserAdministration.NewUser(username, "Fresh Student", null,
                Role.STUDENT, LocalDate.now().minusYears(17), List.of(school.id())), PASSWORD, passwords::encode);
        Actor student = new Actor(id, Role.STUDENT, Source.UI);
        OpportunityView shadow = opportunities.list(student, 0, 100).stream()
                .filter(o -> o.title().equals("A day with a civil engineer")).findFirst().orElseThrow();
        placements.apply(student, shadow.id(), List.of("See how bridges are designed"), LocalDate.now().plusDays(7),
                LocalDate.now().plusDays(8));
        return id;
    }

    private String freshStudentWithAnApplicationPlacement(Actor admin) {
        String id = freshStudentWithAnApplication(admin, unique());
        return placements.list(new Actor(id, Role.STUDENT, Source.UI), null, 0, 1).get(0).id();
    }

    private UserAdministration.NewUser coordinator(String username) {
        Organization school = administration.organizations(admin(), Organization.Kind.SCHOOL, "Lincoln", 0, 1).get(0);
        return new UserAdministration.NewUser(username, "Fresh Coordinator", null, Role.COORDINATOR, null,
                List.of(school.id()));
    }

    /** Filters the users grid down to one username and selects that row. */
    @SuppressWarnings("unchecked")
    private static void select(String username) {
        _setValue(_get(TextField.class, s -> s.withId("users-filter")), username);
        Grid<UserAccounts.Summary> grid = _get(Grid.class, s -> s.withId("users-grid"));
        UserAccounts.Summary row = GridKt._findAll(grid).stream().filter(u -> u.username().equals(username))
                .findFirst().orElseThrow();
        GridKt._select(grid, row);
        assertThat(_get(Span.class, s -> s.withId("selected-user")).getText()).startsWith(username + " (");
    }

    @SuppressWarnings("unchecked")
    private static UserAccounts.Summary onlyRowFor(String username) {
        _setValue(_get(TextField.class, s -> s.withId("users-filter")), username);
        Grid<UserAccounts.Summary> grid = _get(Grid.class, s -> s.withId("users-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        return GridKt._get(grid, 0);
    }

    @SuppressWarnings("unchecked")
    private static Select<Role> roleSelect(String id) {
        return _get(Select.class, s -> s.withId(id));
    }

    private Organization organizationRow(String name) {
        @SuppressWarnings("unchecked")
        Grid<Organization> grid = _get(Grid.class, s -> s.withId("organizations-grid"));
        return GridKt._findAll(grid).stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    private Organization lincoln(Actor admin) {
        return administration.organizations(admin, Organization.Kind.SCHOOL, "Lincoln", 0, 1).get(0);
    }

    @SuppressWarnings("unchecked")
    private static com.vaadin.flow.component.combobox.MultiSelectComboBox<Organization> organizationsBox(String id) {
        return _get(com.vaadin.flow.component.combobox.MultiSelectComboBox.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Organization> organizationBox(String id) {
        return _get(ComboBox.class, s -> s.withId(id));
    }

    private static String unique() {
        return "ui-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
