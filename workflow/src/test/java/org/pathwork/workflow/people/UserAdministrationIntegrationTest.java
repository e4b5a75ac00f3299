package org.pathwork.workflow.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.function.BiPredicate;
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
    private static final BiPredicate<String, String> MATCHES = (raw, hash) -> HASH.apply(raw).equals(hash);
    private static final String GOOD = "violet canoe ladder 42";
    private static final String OTHER_GOOD = "amber whistle orchard 7";

    @Autowired UserAdministration users;
    @Autowired UserAccounts accounts;
    @Autowired PeopleDirectory people;
    @Autowired PlacementService placements;
    @Autowired Fixtures given;

    @Test
    void onlyAdministratorsMayListCreateOrChangeUsersAndOrganizations() {
        Actor coordinator = given.coordinator();
        String someone = given.supervisor().personId();
        assertThatThrownBy(() -> users.list(coordinator, "", 0, 10)).isInstanceOf(Forbidden.class)
                .hasMessage("Only administrators can list users.");
        assertThatThrownBy(() -> users.create(coordinator, coordinatorNamed(unique()), GOOD, HASH))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> users.disable(coordinator, someone)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> users.resetPassword(coordinator, someone, GOOD, HASH))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> users.changeRole(coordinator, someone,
                new UserAdministration.RoleChange(Role.ADMIN, null, null))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> users.createOrganization(coordinator, "Elsewhere", Organization.Kind.SCHOOL, null))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> users.renameOrganization(coordinator, given.school().id(), "Renamed"))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void aNewStudentGetsAnAccountWithOnlyTheHashAndMustChooseTheirOwnPassword() {
        Actor admin = given.admin();
        String username = unique();
        String school = given.school().id();
        String id = users.create(admin, new UserAdministration.NewUser(username, " Dana Student ", "dana@example.org",
                Role.STUDENT, given.today().minusYears(16), List.of(school)), GOOD, HASH);

        UserAccounts.Account account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.person().id()).isEqualTo(id);
        assertThat(account.person().displayName()).isEqualTo("Dana Student");
        assertThat(account.person().schoolId()).isEqualTo(school);
        assertThat(account.enabled()).isTrue();
        assertThat(account.passwordChangeRequired()).as("the admin chose it").isTrue();
        assertThat(account.passwordHash()).isEqualTo(HASH.apply(GOOD)).doesNotContain(GOOD);
        assertThat(users.usernameTaken(admin, username)).isTrue();
        assertThat(users.list(admin, username.toUpperCase(), 0, 10)).singleElement().satisfies(row -> {
            assertThat(row.role()).isEqualTo(Role.STUDENT);
            assertThat(row.organizations()).containsExactly("Test High School");
            assertThat(row.enabled()).isTrue();
        });
        assertThat(users.count(admin, username)).isEqualTo(1);
    }

    @Test
    void theListFiltersByRoleAndByOrganization() {
        Actor admin = given.admin();
        Organization program = users.createOrganization(admin, "Program " + unique(), Organization.Kind.PROGRAM, null);
        String coordinator = users.create(admin, new UserAdministration.NewUser(unique(), "In Program", null,
                Role.COORDINATOR, null, List.of(program.id(), given.school().id())), GOOD, HASH);
        String student = users.create(admin, new UserAdministration.NewUser(unique(), "Pupil", null, Role.STUDENT,
                given.today().minusYears(15), List.of(program.id())), GOOD, HASH);

        List<UserAccounts.Summary> inProgram = users.list(admin,
                new UserAccounts.Filter(null, null, program.id()), 0, 50);
        assertThat(inProgram).extracting(UserAccounts.Summary::personId).containsExactlyInAnyOrder(coordinator, student);
        assertThat(inProgram).filteredOn(r -> r.personId().equals(coordinator)).singleElement()
                .satisfies(r -> assertThat(r.organizations()).containsExactlyInAnyOrder(program.name(), "Test High School"));
        assertThat(users.list(admin, new UserAccounts.Filter(null, Role.STUDENT, program.id()), 0, 50))
                .extracting(UserAccounts.Summary::personId).containsExactly(student);
        assertThat(users.count(admin, new UserAccounts.Filter(null, Role.COORDINATOR, program.id()))).isEqualTo(1);
    }

    @Test
    void anInvalidNewUserIsRefusedWithASentenceAndNothingIsSaved() {
        Actor admin = given.admin();
        String employer = given.employer().id();
        String school = given.school().id();
        String taken = given.coordinator().personId();
        String takenName = people.findById(taken).orElseThrow().username();
        String u = unique();
        refused(admin, new UserAdministration.NewUser("No Spaces", "X", null, Role.COORDINATOR, null, List.of(school)),
                GOOD, "The username No Spaces is not valid. " + UserAdministration.USERNAME_RULE);
        refused(admin, new UserAdministration.NewUser(u, "  ", null, Role.COORDINATOR, null, List.of(school)),
                GOOD, "The display name is missing.");
        refused(admin, new UserAdministration.NewUser(u, "X", "not-an-address", Role.COORDINATOR, null, List.of(school)),
                GOOD, "The e-mail address not-an-address is not valid.");
        refused(admin, new UserAdministration.NewUser(u, "X", null, Role.COORDINATOR, null, List.of()),
                GOOD, "Choose the schools, programs or district the coordinator works for.");
        refused(admin, new UserAdministration.NewUser(u, "X", null, Role.COORDINATOR, null, List.of(employer)),
                GOOD, "Test Employer is not a district, school or program.");
        refused(admin, new UserAdministration.NewUser(u, "X", null, Role.COORDINATOR, null, List.of("no-such-id")),
                GOOD, "Choose an organization from the list.");
        refused(admin, new UserAdministration.NewUser(u, "X", null, Role.STUDENT, null, List.of(school)),
                GOOD, "A student needs a birth date.");
        refused(admin, new UserAdministration.NewUser(u, "X", null, Role.STUDENT, given.today(), List.of(school)),
                GOOD, "A birth date must be in the past.");
        refused(admin, new UserAdministration.NewUser(u, "X", null, Role.STUDENT, given.today().minusYears(15), List.of()),
                GOOD, "Choose the student's school or program.");
        refused(admin, new UserAdministration.NewUser(u, "X", null, Role.SUPERVISOR, null, List.of()),
                GOOD, "Choose the supervisor's employer partner.");
        refused(admin, new UserAdministration.NewUser(u, "X", null, Role.SUPERVISOR, null, List.of(employer)),
                "too short", "A password needs at least 10 characters.");
        refused(admin, new UserAdministration.NewUser(u, "X", null, Role.SYSTEM, null, List.of()),
                GOOD, "Choose a role: student, supervisor, coordinator or admin.");
        assertThat(people.findByUsername(u)).isEmpty();
        assertThatThrownBy(() -> users.create(admin, coordinatorNamed(takenName), GOOD, HASH))
                .isInstanceOf(RuleViolation.class).hasMessage("The username " + takenName + " is already taken.");
    }

    @Test
    void wellKnownOrPersonalPasswordsAreRefusedWithTheReason() {
        Actor admin = given.admin();
        String u = unique();
        assertThatThrownBy(() -> users.create(admin, coordinatorNamed(u), "password123", HASH))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo("user.password-too-easy"))
                .hasMessageStartingWith("This password is too easy to guess: ")
                .hasMessageContaining("common password");
        assertThatThrownBy(() -> users.create(admin, coordinatorNamed(u), "qwertyuiop", HASH))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("This password is too easy to guess");
        assertThatThrownBy(() -> users.create(admin, coordinatorNamed(u), u + u, HASH))
                .as("made of the username").isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("This password is too easy to guess");
        assertThatThrownBy(() -> users.create(admin, coordinatorNamed(u), "x".repeat(65), HASH))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("A password may have at most 64 characters");
        assertThat(people.findByUsername(u)).isEmpty();
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgainAndNoAdminCanDisableThemself() {
        Actor admin = given.admin();
        String username = unique();
        String id = users.create(admin, coordinatorNamed(username), GOOD, HASH);

        users.disable(admin, id, "Left the school");
        assertThat(accounts.findByUsername(username).orElseThrow().enabled()).isFalse();
        assertThat(users.list(admin, username, 0, 1).get(0).enabled()).isFalse();
        users.enable(admin, id);
        assertThat(accounts.findByUsername(username).orElseThrow().enabled()).isTrue();

        assertThatThrownBy(() -> users.disable(admin, admin.personId())).isInstanceOf(RuleViolation.class)
                .hasMessage("You cannot disable your own account.");
    }

    @Test
    void aResetPasswordReplacesTheHashAndMustBeChangedAndABadOneChangesNothing() {
        Actor admin = given.admin();
        String username = unique();
        String id = users.create(admin, coordinatorNamed(username), GOOD, HASH);
        Actor person = new Actor(id, Role.COORDINATOR, org.pathwork.workflow.common.Source.API);
        users.changeOwnPassword(person, GOOD, OTHER_GOOD, MATCHES, HASH);
        assertThat(accounts.findByUsername(username).orElseThrow().passwordChangeRequired()).isFalse();

        users.resetPassword(admin, id, GOOD, HASH);
        UserAccounts.Account account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.passwordHash()).isEqualTo(HASH.apply(GOOD));
        assertThat(account.passwordChangeRequired()).isTrue();
        assertThatThrownBy(() -> users.resetPassword(admin, id, "short", HASH)).isInstanceOf(RuleViolation.class)
                .hasMessage("A password needs at least 10 characters.");
        assertThat(accounts.findByUsername(username).orElseThrow().passwordHash()).isEqualTo(HASH.apply(GOOD));
    }

    @Test
    void aPersonChangesTheirOwnPasswordOnlyWithTheCurrentOneAndToAGoodNewOne() {
        Actor admin = given.admin();
        String username = unique();
        String id = users.create(admin, coordinatorNamed(username), GOOD, HASH);
        Actor person = new Actor(id, Role.COORDINATOR, org.pathwork.workflow.common.Source.UI);

        assertThatThrownBy(() -> users.changeOwnPassword(person, "not it at all", OTHER_GOOD, MATCHES, HASH))
                .isInstanceOf(RuleViolation.class).hasMessage("Your current password is not right.");
        assertThatThrownBy(() -> users.changeOwnPassword(person, GOOD, GOOD, MATCHES, HASH))
                .isInstanceOf(RuleViolation.class).hasMessage("Choose a password different from your current one.");
        assertThatThrownBy(() -> users.changeOwnPassword(person, GOOD, "iloveyou123", MATCHES, HASH))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("This password is too easy to guess");
        assertThat(accounts.findByUsername(username).orElseThrow().passwordChangeRequired()).isTrue();

        users.changeOwnPassword(person, GOOD, OTHER_GOOD, MATCHES, HASH);
        UserAccounts.Account account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.passwordHash()).isEqualTo(HASH.apply(OTHER_GOOD));
        assertThat(account.passwordChangeRequired()).isFalse();
    }

    @Test
    void organizationsAreCreatedInADistrictRenamedAndTheirNamesAreUniqueWithinAKind() {
        Actor admin = given.admin();
        String suffix = unique();
        Organization district = users.createOrganization(admin, " District " + suffix + " ", Organization.Kind.DISTRICT, null);
        assertThat(district.name()).isEqualTo("District " + suffix);
        Organization school = users.createOrganization(admin, "School " + suffix, Organization.Kind.SCHOOL, district.id());
        assertThat(school.parentId()).isEqualTo(district.id());
        assertThat(users.districtId(admin, "District " + suffix)).isEqualTo(district.id());

        assertThatThrownBy(() -> users.createOrganization(admin, "School " + suffix, Organization.Kind.SCHOOL, null))
                .isInstanceOf(RuleViolation.class).hasMessage("There is already a school called School " + suffix + ".");
        assertThatThrownBy(() -> users.createOrganization(admin, "Firm " + suffix, Organization.Kind.EMPLOYER, district.id()))
                .isInstanceOf(RuleViolation.class).hasMessage("Only a school or a program can belong to a district.");
        assertThatThrownBy(() -> users.createOrganization(admin, "Other " + suffix, Organization.Kind.SCHOOL, school.id()))
                .isInstanceOf(RuleViolation.class).hasMessage("There is no such district.");
        assertThatThrownBy(() -> users.createOrganization(admin, " ", Organization.Kind.SCHOOL, null))
                .isInstanceOf(RuleViolation.class).hasMessage("The name is missing.");
        assertThat(users.createOrganization(admin, "School " + suffix, Organization.Kind.EMPLOYER, null).kind())
                .as("the same name as another kind").isEqualTo(Organization.Kind.EMPLOYER);

        users.renameOrganization(admin, school.id(), "Renamed " + suffix);
        assertThat(people.findOrganization(school.id()).orElseThrow().name()).isEqualTo("Renamed " + suffix);
        assertThatThrownBy(() -> users.renameOrganization(admin, school.id(), "Test High School"))
                .isInstanceOf(RuleViolation.class).hasMessage("There is already a school called Test High School.");
    }

    @Test
    void theFirstAdminIsMadeOnlyWhileNoAdministratorCanSignIn() {
        // the test database may hold admins of other tests: disable every one, then see the first admin made once
        people.withRole(Role.ADMIN).forEach(a -> accounts.setEnabled(a.id(), false, null));
        String username = unique();
        assertThatThrownBy(() -> users.createFirstAdmin(username, "password123", HASH)).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("This password is too easy to guess");
        assertThat(people.findByUsername(username)).as("nothing made of a refused password").isEmpty();
        assertThat(users.createFirstAdmin(username, GOOD, HASH)).isTrue();
        UserAccounts.Account account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.person().role()).isEqualTo(Role.ADMIN);
        assertThat(account.enabled()).isTrue();
        assertThat(account.passwordChangeRequired()).as("the operator chose it").isFalse();
        assertThat(users.createFirstAdmin(unique(), GOOD, HASH)).as("an admin exists now").isFalse();
    }

    @Test
    void theRoleOfAStudentCannotChangeWhileTheirPlacementIsOpenButCanAfterwards() {
        Actor admin = given.admin();
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        Actor student = given.student(17);
        String school = given.school().id();
        String opportunity = given.opportunity(coordinator, supervisor, 2, 14, 10);
        String placement = placements.apply(student, opportunity, List.of("Learn"), given.today(), given.today().plusDays(5));
        String username = people.findById(student.personId()).orElseThrow().username();

        assertThatThrownBy(() -> users.changeRole(admin, student.personId(),
                new UserAdministration.RoleChange(Role.COORDINATOR, null, List.of(school))))
                .isInstanceOf(RuleViolation.class).hasMessage(username + " is the student or supervisor of a placement "
                        + "that has not finished, so their role cannot change until it has.");
        placements.approve(coordinator, placement, null, null, null);
        assertThatThrownBy(() -> users.changeRole(admin, supervisor.personId(),
                new UserAdministration.RoleChange(Role.COORDINATOR, null, List.of(school))))
                .isInstanceOf(RuleViolation.class);
        assertThat(people.findById(student.personId()).orElseThrow().role()).isEqualTo(Role.STUDENT);

        placements.withdraw(student, placement, "Changed my mind");
        users.changeRole(admin, student.personId(), new UserAdministration.RoleChange(Role.COORDINATOR, null, null));
        Person now = people.findById(student.personId()).orElseThrow();
        assertThat(now.role()).isEqualTo(Role.COORDINATOR);
        assertThat(now.birthDate()).as("only students keep a birth date").isNull();
        assertThat(people.organizationsOf(now)).as("kept the school").extracting(Organization::id).containsExactly(school);
        assertThatThrownBy(() -> users.changeRole(admin, supervisor.personId(),
                new UserAdministration.RoleChange(Role.COORDINATOR, null, null)))
                .as("an employer is no coordinator's organization").isInstanceOf(RuleViolation.class);
        users.changeRole(admin, supervisor.personId(), new UserAdministration.RoleChange(Role.COORDINATOR, null,
                List.of(school)));
        assertThatThrownBy(() -> users.changeRole(admin, admin.personId(),
                new UserAdministration.RoleChange(Role.COORDINATOR, null, List.of(school))))
                .isInstanceOf(RuleViolation.class).hasMessage("You cannot change your own role.");
    }

    private void refused(Actor admin, UserAdministration.NewUser user, String password, String sentence) {
        assertThatThrownBy(() -> users.create(admin, user, password, HASH)).isInstanceOf(RuleViolation.class)
                .hasMessage(sentence);
    }

    private UserAdministration.NewUser coordinatorNamed(String username) {
        return new UserAdministration.NewUser(username, "Test Coordinator", null, Role.COORDINATOR, null,
                List.of(given.school().id()));
    }

    private static String unique() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
