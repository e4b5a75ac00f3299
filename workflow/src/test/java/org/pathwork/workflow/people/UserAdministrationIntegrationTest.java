package org.pathwork.workflow.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.placement.PlacementService;
import org.springframework.beans.factory.annotation.Autowired;

class UserAdministrationIntegrationTest extends IntegrationTest {

    /** Stands in for the web layer's PasswordEncoder: what is stored is never the password itself. */
    private static final Function<String, String> HASH = p -> "{test}" + new StringBuilder(p).reverse();

    @Autowired UserAdministration users;
    @Autowired UserAccounts accounts;
    @Autowired PeopleDirectory people;
    @Autowired PlacementService placements;
    @Autowired Fixtures given;

    @Test
    void onlyAdministratorsMayListCreateOrChangeUsers() {
        Actor coordinator = given.coordinator();
        String someone = given.supervisor().personId();
        assertThatThrownBy(() -> users.list(coordinator, null, 0, 10)).isInstanceOf(Forbidden.class)
                .hasMessage("Only administrators can list users.");
        assertThatThrownBy(() -> users.create(coordinator, coordinatorNamed(unique()), "long enough 1", HASH))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> users.disable(coordinator, someone)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> users.resetPassword(coordinator, someone, "long enough 1", HASH))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> users.changeRole(coordinator, someone,
                new UserAdministration.RoleChange(Role.ADMIN, null, null, null))).isInstanceOf(Forbidden.class);
    }

    @Test
    void aNewStudentGetsAnEnabledAccountWithOnlyTheHashOfTheirPassword() {
        Actor admin = given.admin();
        String username = unique();
        String school = people.addOrganization("Test High School", Organization.Kind.SCHOOL).id();
        String id = users.create(admin, new UserAdministration.NewUser(username, " Dana Student ", "dana@example.org",
                Role.STUDENT, given.today().minusYears(16), school, null), "correct horse", HASH);

        UserAccounts.Account account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.person().id()).isEqualTo(id);
        assertThat(account.person().displayName()).isEqualTo("Dana Student");
        assertThat(account.person().schoolId()).isEqualTo(school);
        assertThat(account.enabled()).isTrue();
        assertThat(account.passwordHash()).isEqualTo("{test}esroh tcerroc").doesNotContain("correct horse");
        assertThat(users.usernameTaken(admin, username)).isTrue();
        assertThat(users.list(admin, username.toUpperCase(), 0, 10)).singleElement().satisfies(row -> {
            assertThat(row.role()).isEqualTo(Role.STUDENT);
            assertThat(row.organization()).isEqualTo("Test High School");
            assertThat(row.enabled()).isTrue();
        });
        assertThat(users.count(admin, username)).isEqualTo(1);
    }

    @Test
    void anInvalidNewUserIsRefusedWithASentenceAndNothingIsSaved() {
        Actor admin = given.admin();
        String employer = given.employer().id();
        String taken = given.coordinator().personId();
        String takenName = people.findById(taken).orElseThrow().username();
        String u = unique();
        refused(admin, new UserAdministration.NewUser("No Spaces", "X", null, Role.COORDINATOR, null, null, null),
                "long enough 1", "The username No Spaces is not valid. " + UserAdministration.USERNAME_RULE);
        refused(admin, new UserAdministration.NewUser(u, "  ", null, Role.COORDINATOR, null, null, null),
                "long enough 1", "The display name is missing.");
        refused(admin, new UserAdministration.NewUser(u, "X", "not-an-address", Role.COORDINATOR, null, null, null),
                "long enough 1", "The e-mail address not-an-address is not valid.");
        refused(admin, new UserAdministration.NewUser(u, "X", null, Role.STUDENT, null, null, null),
                "long enough 1", "A student needs a birth date.");
        refused(admin, new UserAdministration.NewUser(u, "X", null, Role.STUDENT, given.today(), null, null),
                "long enough 1", "A birth date must be in the past.");
        refused(admin, new UserAdministration.NewUser(u, "X", null, Role.SUPERVISOR, null, null, null),
                "long enough 1", "Choose the employer partner.");
        refused(admin, new UserAdministration.NewUser(u, "X", null, Role.SUPERVISOR, null, null, employer),
                "too short", "A password needs at least 10 characters.");
        refused(admin, new UserAdministration.NewUser(u, "X", null, Role.SYSTEM, null, null, null),
                "long enough 1", "Choose a role: student, supervisor, coordinator or admin.");
        assertThat(people.findByUsername(u)).isEmpty();
        assertThatThrownBy(() -> users.create(admin, coordinatorNamed(takenName), "long enough 1", HASH))
                .isInstanceOf(RuleViolation.class).hasMessage("The username " + takenName + " is already taken.");
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgainAndNoAdminCanDisableThemself() {
        Actor admin = given.admin();
        String username = unique();
        String id = users.create(admin, coordinatorNamed(username), "long enough 1", HASH);

        users.disable(admin, id);
        assertThat(accounts.findByUsername(username).orElseThrow().enabled()).isFalse();
        assertThat(users.list(admin, username, 0, 1).get(0).enabled()).isFalse();
        users.enable(admin, id);
        assertThat(accounts.findByUsername(username).orElseThrow().enabled()).isTrue();

        assertThatThrownBy(() -> users.disable(admin, admin.personId())).isInstanceOf(RuleViolation.class)
                .hasMessage("You cannot disable your own account.");
    }

    @Test
    void aResetPasswordReplacesTheHashAndAShortOneChangesNothing() {
        Actor admin = given.admin();
        String username = unique();
        String id = users.create(admin, coordinatorNamed(username), "first password", HASH);

        users.resetPassword(admin, id, "second password", HASH);
        assertThat(accounts.findByUsername(username).orElseThrow().passwordHash()).isEqualTo(HASH.apply("second password"));
        assertThatThrownBy(() -> users.resetPassword(admin, id, "short", HASH)).isInstanceOf(RuleViolation.class)
                .hasMessage("A password needs at least 10 characters.");
        assertThat(accounts.findByUsername(username).orElseThrow().passwordHash()).isEqualTo(HASH.apply("second password"));
    }

    @Test
    void theRoleOfAStudentCannotChangeWhileTheirPlacementIsOpenButCanAfterwards() {
        Actor admin = given.admin();
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        Actor student = given.student(17);
        String opportunity = given.opportunity(coordinator, supervisor, 2, 14, 10);
        String placement = placements.apply(student, opportunity, List.of("Learn"), given.today(), given.today().plusDays(5));
        String username = people.findById(student.personId()).orElseThrow().username();

        assertThatThrownBy(() -> users.changeRole(admin, student.personId(),
                new UserAdministration.RoleChange(Role.COORDINATOR, null, null, null)))
                .isInstanceOf(RuleViolation.class).hasMessage(username + " is the student or supervisor of a placement "
                        + "that has not finished, so their role cannot change until it has.");
        placements.approve(coordinator, placement, null, null, null);
        assertThatThrownBy(() -> users.changeRole(admin, supervisor.personId(),
                new UserAdministration.RoleChange(Role.COORDINATOR, null, null, null)))
                .isInstanceOf(RuleViolation.class);
        assertThat(people.findById(student.personId()).orElseThrow().role()).isEqualTo(Role.STUDENT);

        placements.withdraw(student, placement, "Changed my mind");
        users.changeRole(admin, student.personId(), new UserAdministration.RoleChange(Role.COORDINATOR, null, null, null));
        Person now = people.findById(student.personId()).orElseThrow();
        assertThat(now.role()).isEqualTo(Role.COORDINATOR);
        assertThat(now.birthDate()).as("only students keep a birth date").isNull();
        users.changeRole(admin, supervisor.personId(), new UserAdministration.RoleChange(Role.COORDINATOR, null, null, null));
        assertThatThrownBy(() -> users.changeRole(admin, admin.personId(),
                new UserAdministration.RoleChange(Role.COORDINATOR, null, null, null)))
                .isInstanceOf(RuleViolation.class).hasMessage("You cannot change your own role.");
    }

    private void refused(Actor admin, UserAdministration.NewUser user, String password, String sentence) {
        assertThatThrownBy(() -> users.create(admin, user, password, HASH)).isInstanceOf(RuleViolation.class)
                .hasMessage(sentence);
    }

    private static UserAdministration.NewUser coordinatorNamed(String username) {
        return new UserAdministration.NewUser(username, "Test Coordinator", null, Role.COORDINATOR, null, null, null);
    }

    private static String unique() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
