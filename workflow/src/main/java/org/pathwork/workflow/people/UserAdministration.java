package org.pathwork.workflow.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
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

    public static final int MAX_USERNAME = 50;
    public static final int MAX_DISPLAY_NAME = 200;
    /** The longest address RFC 5321 lets through (64 + @ + 255). */
    public static final int MAX_EMAIL = 320;
    /** Lower-case letters, digits, dot, dash and underscore; 3 to 50 characters, starting with a letter or digit. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2," + (MAX_USERNAME - 1) + "}");
    public static final String USERNAME_RULE = "Use 3 to " + MAX_USERNAME
            + " lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.";
    public static final int MIN_PASSWORD_LENGTH = PasswordRule.MIN_LENGTH;
    public static final int MAX_PASSWORD_LENGTH = PasswordRule.MAX_LENGTH;
    public static final int MAX_REASON = 500;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The roles a person can be given here (guardians come later; "system" is no person). */
    public static final Set<Role> ASSIGNABLE_ROLES = EnumSet.of(Role.STUDENT, Role.SUPERVISOR, Role.COORDINATOR,
            Role.ADMIN);

    /**
     * A new person. organizationIds: a student's one school or program, a supervisor's one employer
     * partner, a coordinator's schools, programs or districts; none for an admin. Birth date for students.
     */
    public record NewUser(String username, String displayName, String email, Role role, LocalDate birthDate,
                          List<String> organizationIds) {
    }

    /**
     * A person's new role with what goes with it (see {@link NewUser}); a null birth date or
     * organization list keeps the person's current one.
     */
    public record RoleChange(Role role, LocalDate birthDate, List<String> organizationIds) {
    }

    /** The kinds of organization a person of the role belongs to. */
    public static Set<Organization.Kind> organizationKindsFor(Role role) {
        return switch (role) {
            case STUDENT -> Organization.Kind.LEARNING;
            case SUPERVISOR -> EnumSet.of(Organization.Kind.EMPLOYER);
            case COORDINATOR -> Organization.Kind.COORDINATED;
            default -> EnumSet.noneOf(Organization.Kind.class);
        };
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

    /** A page of the people the filter matches, by username. */
    @Transactional(readOnly = true)
    public List<UserAccounts.Summary> list(Actor actor, UserAccounts.Filter filter, int offset, int limit) {
        admin(actor, "list users");
        return accounts.page(filter == null ? UserAccounts.Filter.NONE : filter, Math.max(0, offset),
                Math.min(Math.max(1, limit), 500));
    }

    /** A page of people whose username or name contains the text, by username. */
    @Transactional(readOnly = true)
    public List<UserAccounts.Summary> list(Actor actor, String text, int offset, int limit) {
        return list(actor, new UserAccounts.Filter(text, null, null), offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(Actor actor, UserAccounts.Filter filter) {
        admin(actor, "list users");
        return accounts.count(filter == null ? UserAccounts.Filter.NONE : filter);
    }

    @Transactional(readOnly = true)
    public int count(Actor actor, String text) {
        return count(actor, new UserAccounts.Filter(text, null, null));
    }

    @Transactional(readOnly = true)
    public boolean usernameTaken(Actor actor, String username) {
        admin(actor, "look up users");
        return username != null && people.findByUsername(username.strip()).isPresent();
    }

    /** The person with this username; unknown is {@link NotFound}. */
    @Transactional(readOnly = true)
    public Person byUsername(Actor actor, String username) {
        admin(actor, "look up users");
        if (username == null || username.length() > 100 || !SafeText.isSafe(username)) {
            throw new NotFound("There is no such person.");
        }
        return people.findByUsername(username).orElseThrow(() -> new NotFound("There is no person " + username + "."));
    }

    /** Organizations of a kind whose name contains the filter, by name. */
    @Transactional(readOnly = true)
    public List<Organization> organizations(Actor actor, Organization.Kind kind, String filter, int offset, int limit) {
        return organizations(actor, EnumSet.of(kind), filter, offset, limit);
    }

    /** Organizations of any of the kinds whose name contains the filter, by name. */
    @Transactional(readOnly = true)
    public List<Organization> organizations(Actor actor, Set<Organization.Kind> kinds, String filter, int offset,
                                            int limit) {
        admin(actor, "list organizations");
        return people.organizations(kinds, filter, Math.max(0, offset), Math.min(Math.max(1, limit), 500));
    }

    /** Every organization, by kind and name. */
    @Transactional(readOnly = true)
    public List<Organization> allOrganizations(Actor actor) {
        admin(actor, "list organizations");
        return people.allOrganizations();
    }

    /** The organizations the person belongs to. */
    @Transactional(readOnly = true)
    public List<Organization> organizationsOf(Actor actor, String personId) {
        admin(actor, "look up users");
        return people.organizationsOf(person(personId));
    }

    /**
     * The ids of the named organizations that a person of the role may belong to (names are what
     * the HTTP API takes). An unknown name, or one of the wrong kind, is refused naming it.
     */
    @Transactional(readOnly = true)
    public List<String> organizationIds(Actor actor, Role role, List<String> names) {
        admin(actor, "look up organizations");
        if (names == null) {
            return null;
        }
        Set<Organization.Kind> kinds = role == null ? EnumSet.allOf(Organization.Kind.class) : organizationKindsFor(role);
        List<String> ids = new java.util.ArrayList<>();
        for (String name : names) {
            String n = SafeText.required(name, "organization", Organization.MAX_NAME).strip();
            ids.add(people.findOrganizationsByName(n).stream().filter(o -> kinds.contains(o.kind())).findFirst()
                    .map(Organization::id)
                    .orElseThrow(() -> RuleViolation.invalid("user.unknown-organization", "There is no "
                            + kindsInWords(kinds) + " called " + n + ".")));
        }
        return ids;
    }

    // --- organizations -------------------------------------------------------------------------

    /**
     * Adds a district, school, program or employer partner. A school or program may sit inside a
     * district (parentId); names are unique within a kind.
     */
    public Organization createOrganization(Actor actor, String name, Organization.Kind kind, String parentId) {
        admin(actor, "create organizations");
        if (kind == null) {
            throw RuleViolation.invalid("organization.kind-invalid", "Choose a kind: district, school, program or employer.");
        }
        String n = organizationName(name);
        if (people.findOrganizationByName(n, kind).isPresent()) {
            throw RuleViolation.conflict("organization.name-taken", "There is already a " + kind.label().toLowerCase()
                    + " called " + n + ".");
        }
        String parent = null;
        if (parentId != null && !parentId.isBlank()) {
            if (!kind.mayHaveParent()) {
                throw RuleViolation.invalid("organization.parent-not-allowed",
                        "Only a school or a program can belong to a district.");
            }
            parent = people.findOrganization(parentId).filter(o -> o.kind() == Organization.Kind.DISTRICT)
                    .map(Organization::id)
                    .orElseThrow(() -> RuleViolation.invalid("organization.unknown-parent", "There is no such district."));
        }
        Organization org = people.addOrganization(n, kind, parent);
        log.info("PW-USER-010 {} created organization {} ({})", actor.personId(), org.id(), kind);
        return org;
    }

    /** The district named, for the HTTP API's parent field. */
    @Transactional(readOnly = true)
    public String districtId(Actor actor, String name) {
        admin(actor, "look up organizations");
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = organizationName(name);
        return people.findOrganizationByName(n, Organization.Kind.DISTRICT).map(Organization::id)
                .orElseThrow(() -> RuleViolation.invalid("organization.unknown-parent", "There is no district called " + n + "."));
    }

    public void renameOrganization(Actor actor, String organizationId, String name) {
        admin(actor, "rename organizations");
        Organization org = organization(organizationId);
        String n = organizationName(name);
        if (people.findOrganizationByName(n, org.kind()).filter(o -> !o.id().equals(org.id())).isPresent()) {
            throw RuleViolation.conflict("organization.name-taken", "There is already a " + org.kind().label().toLowerCase()
                    + " called " + n + ".");
        }
        people.renameOrganization(org.id(), n);
        log.info("PW-USER-011 {} renamed organization {}", actor.personId(), org.id());
    }

    /** The organization with this id; unknown is {@link NotFound}. */
    @Transactional(readOnly = true)
    public Organization organization(Actor actor, String organizationId) {
        admin(actor, "look up organizations");
        return organization(organizationId);
    }

    private Organization organization(String organizationId) {
        if (organizationId == null || organizationId.length() > 64 || !SafeText.isSafe(organizationId)) {
            throw new NotFound("There is no such organization.");
        }
        return people.findOrganization(organizationId)
                .orElseThrow(() -> new NotFound("There is no organization " + organizationId + "."));
    }

    private static String organizationName(String name) {
        return SafeText.required(name, "name", Organization.MAX_NAME).strip();
    }

    // --- people --------------------------------------------------------------------------------

    /**
     * Adds the person to the directory and gives them an enabled account, both or neither. The
     * administrator chose the password, so the person must choose their own at first sign-in.
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
        String displayName = SafeText.required(user.displayName(), "display name", MAX_DISPLAY_NAME);
        String email = email(user.email());
        Placed placed = placed(user.role(), user.birthDate(), user.organizationIds());
        String hash = hash(password, encoder, username, displayName, email);
        Person person = people.addPerson(username, displayName, email, user.role(), placed.birthDate(),
                placed.schoolId(), placed.employerId());
        people.setMemberships(person.id(), placed.memberships());
        accounts.create(person.id(), hash, true);
        log.info("PW-USER-001 {} created person {} as {}", actor.personId(), person.id(), user.role());
        return person.id();
    }

    /**
     * Makes the first administrator from the deployment's settings, when no administrator can sign
     * in (a fresh database). The operator chose the password, so no change is forced.
     *
     * @return whether an administrator was created
     */
    public boolean createFirstAdmin(String username, String password, Function<String, String> encoder) {
        if (accounts.anEnabledAdminExists()) {
            return false;
        }
        String name = SafeText.required(username, "username").strip();
        if (!USERNAME.matcher(name).matches()) {
            throw RuleViolation.invalid("user.username-invalid", "The first admin's username " + name
                    + " is not valid. " + USERNAME_RULE);
        }
        String hash = hash(password, encoder, name);
        Person person = people.findByUsername(name).orElse(null);
        if (person == null) {
            person = people.addPerson(name, "Administrator", null, Role.ADMIN, null, null, null);
        } else if (person.role() != Role.ADMIN) {
            throw RuleViolation.conflict("user.username-taken", "The first admin's username " + name
                    + " belongs to someone who is not an administrator.");
        }
        accounts.setPasswordHash(person.id(), hash, false);
        accounts.setEnabled(person.id(), true, null);
        log.info("PW-USER-000 first administrator created from the environment: person {}", person.id());
        return true;
    }

    /**
     * The person can no longer sign in. An admin cannot disable themself (nobody could undo it if they were the last).
     *
     * @param reason why, kept with the account; optional
     */
    public void disable(Actor actor, String personId, String reason) {
        admin(actor, "disable users");
        Person person = person(personId);
        String why = SafeText.optional(reason, "reason", MAX_REASON);
        if (person.id().equals(actor.personId())) {
            throw RuleViolation.conflict("user.disable-self", "You cannot disable your own account.");
        }
        if (!accounts.setEnabled(person.id(), false, why)) {
            throw RuleViolation.conflict("user.no-account", person.username() + " has no sign-in account to disable.");
        }
        log.info("PW-USER-002 {} disabled the account of person {}", actor.personId(), person.id());
    }

    public void disable(Actor actor, String personId) {
        disable(actor, personId, null);
    }

    public void enable(Actor actor, String personId) {
        admin(actor, "enable users");
        Person person = person(personId);
        if (!accounts.setEnabled(person.id(), true, null)) {
            throw RuleViolation.conflict("user.no-account",
                    person.username() + " has no sign-in account yet: set a password first.");
        }
        log.info("PW-USER-003 {} enabled the account of person {}", actor.personId(), person.id());
    }

    /**
     * Sets a new password, creating the account (enabled) if the person had none; the person must
     * choose their own at next sign-in.
     */
    public void resetPassword(Actor actor, String personId, String password, Function<String, String> encoder) {
        admin(actor, "reset passwords");
        Person person = person(personId);
        accounts.setPasswordHash(person.id(), hash(password, encoder, person.username(), person.displayName(),
                person.email()), true);
        log.info("PW-USER-004 {} set a new password for person {}", actor.personId(), person.id());
    }

    /**
     * A signed-in person replaces their own password, giving the current one.
     *
     * @param matches whether a password matches a stored hash
     */
    public void changeOwnPassword(Actor actor, String currentPassword, String newPassword,
                                  BiPredicate<String, String> matches, Function<String, String> encoder) {
        if (actor == null || actor.personId() == null) {
            throw new Forbidden("Sign in to change your password.");
        }
        Person person = person(actor.personId());
        UserAccounts.Account account = accounts.findByUsername(person.username())
                .orElseThrow(() -> new Forbidden("You have no password to change."));
        if (currentPassword == null || !matches.test(currentPassword, account.passwordHash())) {
            throw RuleViolation.invalid("user.current-password-wrong", "Your current password is not right.");
        }
        if (currentPassword.equals(newPassword)) {
            throw RuleViolation.invalid("user.password-unchanged", "Choose a password different from your current one.");
        }
        accounts.setPasswordHash(person.id(), hash(newPassword, encoder, person.username(), person.displayName(),
                person.email()), false);
        log.info("PW-USER-006 person {} changed their own password", person.id());
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
        if (change.role() != person.role() && placements.involvedInOpenPlacement(person.id())) {
            throw RuleViolation.conflict("user.role-in-open-placement", person.username() + " is the student or "
                    + "supervisor of a placement that has not finished, so their role cannot change until it has.");
        }
        LocalDate birthDate = change.birthDate() != null ? change.birthDate() : person.birthDate();
        List<String> orgs = change.organizationIds() != null ? change.organizationIds()
                : people.organizationsOf(person).stream().map(Organization::id).toList();
        Placed placed = placed(change.role(), birthDate, orgs);
        people.changeRole(person.id(), change.role(), placed.birthDate(), placed.schoolId(), placed.employerId(),
                placed.memberships());
        log.info("PW-USER-005 {} changed the role of person {} from {} to {}", actor.personId(), person.id(),
                person.role(), change.role());
    }

    // --- rules ---------------------------------------------------------------------------------

    private record Placed(LocalDate birthDate, String schoolId, String employerId, List<String> memberships) {
    }

    /**
     * What goes with a role: a student has a birth date and one school or program, a supervisor one
     * employer partner, a coordinator one or more schools, programs or districts, an admin none.
     */
    private Placed placed(Role role, LocalDate birthDate, List<String> organizationIds) {
        if (role == null || !ASSIGNABLE_ROLES.contains(role)) {
            throw RuleViolation.invalid("user.role-invalid", "Choose a role: student, supervisor, coordinator or admin.");
        }
        List<Organization> orgs = organizations(role, organizationIds == null ? List.of() : organizationIds);
        return switch (role) {
            case STUDENT -> {
                if (birthDate == null) {
                    throw RuleViolation.invalid("person.birth-date-missing", "A student needs a birth date.");
                }
                if (!birthDate.isBefore(LocalDate.now(clock))) {
                    throw RuleViolation.invalid("person.birth-date-future", "A birth date must be in the past.");
                }
                yield new Placed(birthDate, exactlyOne(orgs, "user.school-missing",
                        "Choose the student's school or program.").id(), null, List.of());
            }
            case SUPERVISOR -> new Placed(null, null, exactlyOne(orgs, "user.employer-partner-missing",
                    "Choose the supervisor's employer partner.").id(), List.of());
            case COORDINATOR -> {
                if (orgs.isEmpty()) {
                    throw RuleViolation.invalid("user.organization-missing",
                            "Choose the schools, programs or district the coordinator works for.");
                }
                yield new Placed(null, null, null, orgs.stream().map(Organization::id).distinct().toList());
            }
            default -> new Placed(null, null, null, List.of());
        };
    }

    private static Organization exactlyOne(List<Organization> orgs, String code, String missing) {
        if (orgs.isEmpty()) {
            throw RuleViolation.invalid(code, missing);
        }
        if (orgs.stream().map(Organization::id).distinct().count() > 1) {
            throw RuleViolation.invalid("user.one-organization-only", "A student or a supervisor belongs to one "
                    + "organization only.");
        }
        return orgs.get(0);
    }

    /** The organizations by id, each of a kind the role belongs to. Admins belong to none. */
    private List<Organization> organizations(Role role, List<String> ids) {
        Set<Organization.Kind> kinds = organizationKindsFor(role);
        if (kinds.isEmpty()) {
            return List.of();
        }
        return ids.stream().map(id -> {
            if (id == null || id.isBlank() || id.length() > 64 || !SafeText.isSafe(id)) {
                throw RuleViolation.invalid("user.unknown-organization", "Choose an organization from the list.");
            }
            Organization org = people.findOrganization(id).orElseThrow(() -> RuleViolation.invalid(
                    "user.unknown-organization", "Choose an organization from the list."));
            if (!kinds.contains(org.kind())) {
                String words = kindsInWords(kinds);
                throw RuleViolation.invalid("user.organization-wrong-kind", org.name() + " is not "
                        + ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words + ".");
            }
            return org;
        }).toList();
    }

    /** "employer partner", "school or program", "district, school or program". */
    private static String kindsInWords(Set<Organization.Kind> kinds) {
        List<String> words = kinds.stream().sorted().map(k -> k == Organization.Kind.EMPLOYER ? "employer partner"
                : k.label().toLowerCase(java.util.Locale.ROOT)).toList();
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static String hash(String password, Function<String, String> encoder, String... personal) {
        Objects.requireNonNull(encoder, "encoder");
        PasswordRule.check(password, personal);
        return encoder.apply(password);
    }

    /** Whether this looks like an e-mail address Pathwork can store (the rule of {@link #create}). */
    public static boolean isEmail(String e) {
        return e.length() <= MAX_EMAIL && SafeText.isSafe(e) && EMAIL.matcher(e).matches();
    }

    private static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String e = email.strip();
        if (!isEmail(e)) {
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

    /** @throws Forbidden unless the actor is an administrator */
    public void requireAdmin(Actor actor) {
        admin(actor, "manage people and organizations");
    }

    private static void admin(Actor actor, String what) {
        if (actor == null || !actor.is(Role.ADMIN)) {
            throw new Forbidden("Only administrators can " + what + ".");
        }
    }
}
