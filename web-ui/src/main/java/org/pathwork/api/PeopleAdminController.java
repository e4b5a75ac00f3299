package org.pathwork.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pathwork.security.PathworkUser;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Permission;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.people.UserAccounts;
import org.pathwork.workflow.people.UserAdministration;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organizations, people and their accounts for administrators (shared/api.md, "Going live"), through
 * {@link UserAdministration}, the service the admin UI uses: it checks the caller is an admin and
 * every rule. People are named by username, organizations by name, roles in lower case.
 */
@RestController
@RequestMapping("/api/admin")
class PeopleAdminController {

    record OrganizationJson(String id, String name, String kind, String parent) {
    }

    record NewOrganizationJson(String name, String kind, String parent) {
    }

    record NameJson(String name) {
    }

    record CreatedJson(String id) {
    }

    record UserJson(String username, String displayName, String email, String role, List<String> organizations,
                    boolean enabled) {
    }

    record NewUserJson(String username, String displayName, String email, String role, List<String> organizations,
                       LocalDate birthDate, String password) {
    }

    record ReasonJson(String reason) {
    }

    record RoleJson(String role, List<String> organizations, LocalDate birthDate) {
    }

    record PasswordJson(String password) {
    }

    private final UserAdministration users;
    private final PasswordEncoder passwords;

    PeopleAdminController(UserAdministration users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    // --- organizations ---------------------------------------------------------------------------

    @GetMapping("/organizations")
    List<OrganizationJson> organizations(@AuthenticationPrincipal PathworkUser user) {
        List<Organization> all = users.allOrganizations(actor(user));
        Map<String, String> names = all.stream().collect(Collectors.toMap(Organization::id, Organization::name));
        return all.stream().map(o -> json(o, names.get(o.parentId()))).toList();
    }

    @PostMapping("/organizations")
    @Requires(Permission.MANAGE_PEOPLE)
    ResponseEntity<CreatedJson> createOrganization(@AuthenticationPrincipal PathworkUser user,
                                                   @RequestBody NewOrganizationJson body) {
        Actor actor = actor(user);
        Organization.Kind kind = kind(body.kind());
        Organization org = users.createOrganization(actor, body.name(), kind, users.districtId(actor, body.parent()));
        return ResponseEntity.created(URI.create("/api/admin/organizations/" + org.id())).body(new CreatedJson(org.id()));
    }

    @PostMapping("/organizations/{id}/rename")
    @Requires(Permission.MANAGE_PEOPLE)
    OrganizationJson renameOrganization(@AuthenticationPrincipal PathworkUser user, @PathVariable String id,
                                        @RequestBody NameJson body) {
        Actor actor = actor(user);
        users.renameOrganization(actor, id, body.name());
        Organization org = users.organization(actor, id);
        String parent = org.parentId() == null ? null : users.organization(actor, org.parentId()).name();
        return json(org, parent);
    }

    // --- people ----------------------------------------------------------------------------------

    /** People by username; filters {@code role}, {@code organization} (a name) and {@code q} (username or name). */
    @GetMapping("/users")
    List<UserJson> users(@AuthenticationPrincipal PathworkUser user, @RequestParam(required = false) String role,
                         @RequestParam(required = false) String organization,
                         @RequestParam(required = false) String q,
                         @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        Actor actor = actor(user);
        Role r = role == null ? null : role(role, true);
        String organizationId = organization == null ? null : users.organizationIds(actor, null, List.of(organization)).get(0);
        return users.list(actor, new UserAccounts.Filter(q, r, organizationId), offset, limit).stream()
                .map(PeopleAdminController::json).toList();
    }

    @PostMapping("/users")
    @Requires(Permission.MANAGE_PEOPLE)
    ResponseEntity<UserJson> createUser(@AuthenticationPrincipal PathworkUser user, @RequestBody NewUserJson body) {
        Actor actor = actor(user);
        Role role = role(body.role(), false);
        users.create(actor, new UserAdministration.NewUser(body.username(), body.displayName(), body.email(), role,
                body.birthDate(), users.organizationIds(actor, role, body.organizations() == null ? List.of()
                        : body.organizations())), body.password(), passwords::encode);
        UserJson created = userJson(actor, body.username().strip());
        return ResponseEntity.created(URI.create("/api/admin/users/" + created.username())).body(created);
    }

    @PostMapping("/users/{username}/disable")
    @Requires(Permission.MANAGE_PEOPLE)
    UserJson disable(@AuthenticationPrincipal PathworkUser user, @PathVariable String username,
                     @RequestBody(required = false) ReasonJson body) {
        return change(user, username, (actor, person) -> users.disable(actor, person.id(),
                body == null ? null : body.reason()));
    }

    @PostMapping("/users/{username}/enable")
    UserJson enable(@AuthenticationPrincipal PathworkUser user, @PathVariable String username) {
        return change(user, username, (actor, person) -> users.enable(actor, person.id()));
    }

    @PostMapping("/users/{username}/role")
    @Requires(Permission.MANAGE_PEOPLE)
    UserJson changeRole(@AuthenticationPrincipal PathworkUser user, @PathVariable String username,
                        @RequestBody RoleJson body) {
        return change(user, username, (actor, person) -> {
            Role role = role(body.role(), false);
            users.changeRole(actor, person.id(), new UserAdministration.RoleChange(role, body.birthDate(),
                    users.organizationIds(actor, role, body.organizations())));
        });
    }

    @PostMapping("/users/{username}/password")
    @Requires(Permission.MANAGE_PEOPLE)
    UserJson setPassword(@AuthenticationPrincipal PathworkUser user, @PathVariable String username,
                         @RequestBody PasswordJson body) {
        return change(user, username, (actor, person) -> users.resetPassword(actor, person.id(), body.password(),
                passwords::encode));
    }

    // --- translation -----------------------------------------------------------------------------

    private UserJson change(PathworkUser user, String username,
                            java.util.function.BiConsumer<Actor, Person> action) {
        Actor actor = actor(user);
        Person person = users.byUsername(actor, username);
        action.accept(actor, person);
        return userJson(actor, person.username());
    }

    private UserJson userJson(Actor actor, String username) {
        return users.list(actor, new UserAccounts.Filter(username, null, null), 0, 500).stream()
                .filter(s -> s.username().equals(username)).findFirst().map(PeopleAdminController::json)
                .orElseThrow();
    }

    private static UserJson json(UserAccounts.Summary s) {
        return new UserJson(s.username(), s.displayName(), s.email(), s.role().group(), s.organizations(), s.enabled());
    }

    private static OrganizationJson json(Organization o, String parentName) {
        return new OrganizationJson(o.id(), o.name(), o.kind().name(), parentName);
    }

    /** The caller as an actor, refused first if no admin: a caller who may not act learns nothing of the body. */
    private Actor actor(PathworkUser user) {
        Actor actor = user.actor(Source.API);
        users.requireAdmin(actor);
        return actor;
    }

    private static Organization.Kind kind(String kind) {
        return parse(kind, Organization.Kind::valueOf, "organization.kind-invalid",
                "Choose a kind: DISTRICT, SCHOOL, PROGRAM or EMPLOYER.");
    }

    /** A role by name in any case; guardians may be listed (the roster brings them) but not given here. */
    private static Role role(String role, boolean listing) {
        Role r = parse(role, Role::valueOf, "user.role-invalid",
                "Choose a role: student, supervisor, coordinator or admin.");
        if (!listing && !UserAdministration.ASSIGNABLE_ROLES.contains(r)) {
            throw RuleViolation.invalid("user.role-invalid", "Choose a role: student, supervisor, coordinator or admin.");
        }
        return r;
    }

    private static <E> E parse(String value, Function<String, E> valueOf, String code, String sentence) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid(code, sentence);
        }
        try {
            return valueOf.apply(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid(code, sentence);
        }
    }
}
