package org.pathwork.workflow.people;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.NotFound;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.common.SafeText;
import org.pathwork.workflow.placement.query.PlacementQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does with people and their sign-in accounts: list them, create them,
 * disable or enable them, reset a password, change a role. Every method refuses anyone but an admin.
 * Passwords arrive in plain text only to be checked and handed to the caller's encoder (the web
 * layer's {@code PasswordEncoder}); only the hash is stored, and no password is ever logged.
 */
@Service
@Transactional
public class UserAdministration {

    private static final Logger log = LoggerFactory.getLogger(UserAdministration.class);

    /** Lower-case letters, digits, dot, dash and underscore; 3 to 50 characters, starting with a letter or digit. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
    public static final String USERNAME_RULE =
            "Use 3 to 50 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.";
    public static final int MIN_PASSWORD_LENGTH = 10;
    /** BCrypt reads at most 72 bytes; 64 characters keeps every password within that for plain letters. */
    public static final int MAX_PASSWORD_LENGTH = 64;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The roles a person can be given here (guardians come later; "system" is no person). */
    public static final Set<Role> ASSIGNABLE_ROLES = EnumSet.of(Role.STUDENT, Role.SUPERVISOR, Role.COORDINATOR,
            Role.ADMIN);

    /** A new person; birth date and school for students, employer for supervisors, school optional for coordinators. */
    public record NewUser(String username, String displayName, String email, Role role, LocalDate birthDate,
                          String schoolId, String employerId) {
    }

    /** A person's new role with what goes with it (see {@link NewUser}). */
    public record RoleChange(Role role, LocalDate birthDate, String schoolId, String employerId) {
    }

    private final PeopleDirectory people;
    private final UserAccounts accounts;
    private final PlacementQueries placements;
    private final Clock clock;

    public UserAdministration(PeopleDirectory people, UserAccounts accounts, PlacementQueries placements, Clock clock) {
        this.people = people;
        this.accounts = accounts;
        this.placements = placements;
        this.clock = clock;
    }

    // --- reading -------------------------------------------------------------------------------

    /** A page of people whose username or name contains the filter, by username. */
    @Transactional(readOnly = true)
    public List<UserAccounts.Summary> list(Actor actor, String filter, int offset, int limit) {
        admin(actor, "list users");
        return accounts.page(filter, Math.max(0, offset), Math.min(Math.max(1, limit), 500));
    }

    @Transactional(readOnly = true)
    public int count(Actor actor, String filter) {
        admin(actor, "list users");
        return accounts.count(filter);
    }

    @Transactional(readOnly = true)
    public boolean usernameTaken(Actor actor, String username) {
        admin(actor, "look up users");
        return username != null && people.findByUsername(username.strip()).isPresent();
    }

    /** Schools or employer partners whose name contains the filter, by name. */
    @Transactional(readOnly = true)
    public List<Organization> organizations(Actor actor, Organization.Kind kind, String filter, int offset, int limit) {
        admin(actor, "list organizations");
        return people.organizations(kind, filter, Math.max(0, offset), Math.min(Math.max(1, limit), 500));
    }

    // --- changing ------------------------------------------------------------------------------

    /**
     * Adds the person to the directory and gives them an enabled account, both or neither.
     *
     * @param encoder turns the password into the hash that is stored
     * @return the new person's id
     */
    public String create(Actor actor, NewUser user, String password, Function<String, String> encoder) {
        admin(actor, "create users");
        String username = SafeText.required(user.username(), "username").strip();
        if (!USERNAME.matcher(username).matches()) {
            throw RuleViolation.invalid("user.username-invalid", "The username " + username + " is not valid. "
                    + USERNAME_RULE);
        }
        String displayName = SafeText.required(user.displayName(), "display name", 200);
        String email = email(user.email());
        Placed placed = placed(user.role(), user.birthDate(), user.schoolId(), user.employerId());
        String hash = hash(password, encoder);
        Person person = people.addPerson(username, displayName, email, user.role(), placed.birthDate(),
                placed.schoolId(), placed.employerId());
        accounts.create(person.id(), hash);
        log.info("PW-USER-001 {} created person {} as {}", actor.personId(), person.id(), user.role());
        return person.id();
    }

    /** The person can no longer sign in. An admin cannot disable themself (nobody could undo it if they were the last). */
    public void disable(Actor actor, String personId) {
        admin(actor, "disable users");
        Person person = person(personId);
        if (person.id().equals(actor.personId())) {
            throw RuleViolation.conflict("user.disable-self", "You cannot disable your own account.");
        }
        if (!accounts.setEnabled(person.id(), false)) {
            throw RuleViolation.conflict("user.no-account", person.username() + " has no sign-in account to disable.");
        }
        log.info("PW-USER-002 {} disabled the account of person {}", actor.personId(), person.id());
    }

    public void enable(Actor actor, String personId) {
        admin(actor, "enable users");
        Person person = person(personId);
        if (!accounts.setEnabled(person.id(), true)) {
            throw RuleViolation.conflict("user.no-account",
                    person.username() + " has no sign-in account yet: set a password first.");
        }
        log.info("PW-USER-003 {} enabled the account of person {}", actor.personId(), person.id());
    }

    /** Sets a new password, creating the account (enabled) if the person had none. */
    public void resetPassword(Actor actor, String personId, String password, Function<String, String> encoder) {
        admin(actor, "reset passwords");
        Person person = person(personId);
        accounts.setPasswordHash(person.id(), hash(password, encoder));
        log.info("PW-USER-004 {} set a new password for person {}", actor.personId(), person.id());
    }

    /**
     * The role is the person's role in every placement, so it cannot change while they are the
     * student or the supervisor of a placement that has not finished.
     */
    public void changeRole(Actor actor, String personId, RoleChange change) {
        admin(actor, "change roles");
        Person person = person(personId);
        if (person.id().equals(actor.personId())) {
            throw RuleViolation.conflict("user.change-own-role", "You cannot change your own role.");
        }
        if (placements.involvedInOpenPlacement(person.id())) {
            throw RuleViolation.conflict("user.role-in-open-placement", person.username() + " is the student or "
                    + "supervisor of a placement that has not finished, so their role cannot change until it has.");
        }
        Placed placed = placed(change.role(), change.birthDate(), change.schoolId(), change.employerId());
        people.changeRole(person.id(), change.role(), placed.birthDate(), placed.schoolId(), placed.employerId());
        log.info("PW-USER-005 {} changed the role of person {} from {} to {}", actor.personId(), person.id(),
                person.role(), change.role());
    }

    // --- rules ---------------------------------------------------------------------------------

    private record Placed(LocalDate birthDate, String schoolId, String employerId) {
    }

    /** What goes with a role: only students keep a birth date, only supervisors an employer. */
    private Placed placed(Role role, LocalDate birthDate, String schoolId, String employerId) {
        if (role == null || !ASSIGNABLE_ROLES.contains(role)) {
            throw RuleViolation.invalid("user.role-invalid", "Choose a role: student, supervisor, coordinator or admin.");
        }
        return switch (role) {
            case STUDENT -> {
                if (birthDate == null) {
                    throw RuleViolation.invalid("person.birth-date-missing", "A student needs a birth date.");
                }
                if (!birthDate.isBefore(LocalDate.now(clock))) {
                    throw RuleViolation.invalid("person.birth-date-future", "A birth date must be in the past.");
                }
                yield new Placed(birthDate, organization(schoolId, Organization.Kind.SCHOOL, true), null);
            }
            case SUPERVISOR -> new Placed(null, null, organization(employerId, Organization.Kind.EMPLOYER, true));
            case COORDINATOR -> new Placed(null, organization(schoolId, Organization.Kind.SCHOOL, false), null);
            default -> new Placed(null, null, null);
        };
    }

    private String organization(String id, Organization.Kind kind, boolean required) {
        String what = kind == Organization.Kind.SCHOOL ? "school" : "employer partner";
        if (id == null || id.isBlank()) {
            if (required) {
                throw RuleViolation.invalid("user." + what.replace(' ', '-') + "-missing", "Choose the " + what + ".");
            }
            return null;
        }
        return people.findOrganization(id).filter(o -> o.kind() == kind).map(Organization::id)
                .orElseThrow(() -> RuleViolation.invalid("user.unknown-organization", "There is no " + what + " " + id + "."));
    }

    private static String hash(String password, Function<String, String> encoder) {
        Objects.requireNonNull(encoder, "encoder");
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw RuleViolation.invalid("user.password-too-short",
                    "A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.length() > MAX_PASSWORD_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw RuleViolation.invalid("user.password-too-long",
                    "A password may have at most " + MAX_PASSWORD_LENGTH + " characters (fewer with accented letters).");
        }
        return encoder.apply(password);
    }

    private static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String e = email.strip();
        if (e.length() > 320 || !SafeText.isSafe(e) || !EMAIL.matcher(e).matches()) {
            throw RuleViolation.invalid("user.email-invalid", "The e-mail address " + e + " is not valid.");
        }
        return e;
    }

    private Person person(String personId) {
        if (personId == null || personId.length() > 64 || !SafeText.isSafe(personId)) {
            throw new NotFound("There is no such person.");
        }
        return people.findById(personId).orElseThrow(() -> new NotFound("There is no person " + personId + "."));
    }

    private static void admin(Actor actor, String what) {
        if (actor == null || !actor.is(Role.ADMIN)) {
            throw new Forbidden("Only administrators can " + what + ".");
        }
    }


}
