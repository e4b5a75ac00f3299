package org.pathwork.workflow.people.roster;

import java.io.InputStream;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.UserAccounts;
import org.pathwork.workflow.people.UserAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads students, guardians and their schools and districts from a OneRoster 1.2 bulk CSV bundle
 * (shared/api.md, "Rostering and single sign-on"). All or nothing: the whole bundle is read and
 * checked against the directory first, and any error means nothing changes. People and
 * organizations are matched by sourcedId, so the same bundle twice changes nothing the second
 * time. People are disabled, never deleted: placements keep their history. No events are written:
 * a roster is directory data, and demographics must never reach the event store.
 */
@Service
public class RosterImport {

    private static final Logger log = LoggerFactory.getLogger(RosterImport.class);

    /** Kept with an account the roster disabled: only such accounts are enabled again by a later roster. */
    public static final String DISABLED_BY_ROSTER = "Disabled by the roster import (enabledUser=false or status=tobedeleted).";

    public record Counts(int created, int updated, int unchanged) {
    }

    /**
     * What an import did or, for a dry run, would do. People counts are of students and guardians;
     * skipped counts rows of other roles (teachers, aides…) and records to be deleted that Pathwork never had.
     */
    public record Result(boolean dryRun, int created, int updated, int unchanged, int disabled, int skipped,
                         Counts organizations, List<String> ignoredFiles) {
    }

    public record PastImport(String id, Instant at, String by, boolean dryRun, int created, int updated,
                             int unchanged, int disabled, int skipped, Counts organizations, List<String> ignoredFiles) {
    }

    /**
     * How far an import has got, for a progress bar: what it is doing and the share of the whole
     * done (0 to 1). Reading the files is most of it; then come the checks and the saving.
     */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (step, done) -> { };

        void at(String step, double done);
    }

    private static final double READ_SHARE = 0.6;
    private static final double CHECK_SHARE = 0.1;

    private static final Set<String> GUARDIAN_ROLES = Set.of("guardian", "parent");
    private static final Set<String> REQUIRED_FILES = Set.of(RosterBundle.ORGS, RosterBundle.USERS, RosterBundle.ROLES);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final UserAccounts accounts;
    private final Clock clock;
    private final long maxFileBytes;

    public RosterImport(JdbcClient jdbc, JdbcTemplate batch, UserAccounts accounts, Clock clock,
                        @Value("${pathwork.roster.max-file-bytes:104857600}") long maxFileBytes) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.accounts = accounts;
        this.clock = clock;
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * Reads the zipped bundle from the stream and applies it, unless dryRun.
     *
     * @throws RosterRejected listing every error; then nothing changed
     */
    @Transactional
    public Result importBundle(Actor actor, InputStream zip, boolean dryRun) {
        return importBundle(actor, zip, -1, dryRun, Progress.NONE);
    }

    /**
     * As {@link #importBundle(Actor, InputStream, boolean)}, telling progress how far it has got.
     *
     * @param zipBytes the upload's size, by which reading is measured; -1 when not known
     */
    @Transactional
    public Result importBundle(Actor actor, InputStream zip, long zipBytes, boolean dryRun, Progress progress) {
        requireAdmin(actor);
        progress.at("Reading the files", 0);
        RosterBundle bundle = RosterBundle.read(zipBytes > 0 ? new Measured(zip, zipBytes, progress) : zip,
                maxFileBytes, LocalDate.now(clock));
        progress.at("Checking the roster against Pathwork", READ_SHARE);
        List<RosterError> errors = new ArrayList<>(bundle.errors);
        manifest(bundle, errors);
        Plan plan = new Plan(bundle, errors);
        if (errors.isEmpty()) {
            plan.make();
        }
        if (!errors.isEmpty()) {
            log.info("PW-ROSTER-002 {} sent a roster with {} errors; nothing changed", actor.personId(), errors.size());
            throw new RosterRejected(errors);
        }
        if (!dryRun) {
            plan.apply(progress);
        }
        progress.at(dryRun ? "Checked" : "Imported", 1);
        Result result = plan.result(dryRun);
        record(actor, result);
        log.info("PW-ROSTER-001 {} imported a roster{}: people created={} updated={} unchanged={} disabled={} "
                        + "skipped={}; organizations created={} updated={} unchanged={}", actor.personId(),
                dryRun ? " (dry run)" : "", result.created(), result.updated(), result.unchanged(), result.disabled(),
                result.skipped(), result.organizations().created(), result.organizations().updated(),
                result.organizations().unchanged());
        return result;
    }

    /** Past imports, newest first. */
    @Transactional(readOnly = true)
    public List<PastImport> history(Actor actor, int limit) {
        requireAdmin(actor);
        return jdbc.sql("""
                        select r.*, p.username from roster_import r left join person p on p.person_id = r.imported_by
                        order by r.imported_at desc, r.import_id offset 0 rows fetch next ? rows only""")
                .param(Math.min(Math.max(limit, 1), 500))
                .query((rs, n) -> new PastImport(rs.getString("import_id"), rs.getTimestamp("imported_at").toInstant(),
                        rs.getString("username"), rs.getBoolean("dry_run"), rs.getInt("created"), rs.getInt("updated"),
                        rs.getInt("unchanged"), rs.getInt("disabled"), rs.getInt("skipped"),
                        new Counts(rs.getInt("orgs_created"), rs.getInt("orgs_updated"), rs.getInt("orgs_unchanged")),
                        rs.getString("ignored_files") == null || rs.getString("ignored_files").isEmpty() ? List.of()
                                : List.of(rs.getString("ignored_files").split("\n"))))
                .list();
    }

    private static void requireAdmin(Actor actor) {
        if (actor == null || !actor.is(Role.ADMIN)) {
            throw new Forbidden("Only administrators can import rosters.");
        }
    }

    private void record(Actor actor, Result r) {
        String ignored = String.join("\n", r.ignoredFiles());
        jdbc.sql("""
                insert into roster_import (import_id, imported_at, imported_by, dry_run, created, updated, unchanged,
                    disabled, skipped, orgs_created, orgs_updated, orgs_unchanged, ignored_files)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), Timestamp.from(clock.instant()), actor.personId(), r.dryRun(),
                        r.created(), r.updated(), r.unchanged(), r.disabled(), r.skipped(), r.organizations().created(),
                        r.organizations().updated(), r.organizations().unchanged(),
                        ignored.length() > 2000 ? ignored.substring(0, 2000) : ignored)
                .update();
    }

    /**
     * The manifest says which files the bundle holds: orgs, users and roles must be there in bulk;
     * demographics may be absent. Delta files (changes since an earlier export) are not supported.
     */
    private static void manifest(RosterBundle b, List<RosterError> errors) {
        if (!b.present.contains(RosterBundle.MANIFEST)) {
            if (b.errors.stream().noneMatch(e -> e.file().equals(RosterBundle.UPLOAD))) {
                errors.add(RosterError.ofFile(RosterBundle.MANIFEST, "The bundle has no manifest.csv."));
            }
            return;
        }
        String version = b.manifest.get("oneroster.version");
        if (!"1.2".equals(version)) {
            errors.add(new RosterError(RosterBundle.MANIFEST, null, "oneroster.version", "This import reads OneRoster "
                    + "1.2 bundles; the manifest says " + (version == null ? "no version" : version) + "."));
        }
        for (String file : List.of(RosterBundle.ORGS, RosterBundle.USERS, RosterBundle.ROLES, RosterBundle.DEMOGRAPHICS)) {
            String property = "file." + file.substring(0, file.length() - 4);
            String mode = b.manifest.getOrDefault(property, "absent");
            boolean required = REQUIRED_FILES.contains(file);
            if (mode.equals("delta")) {
                errors.add(new RosterError(RosterBundle.MANIFEST, null, property,
                        "Delta files are not supported: export " + file + " in bulk."));
            } else if (mode.equals("bulk") && !b.present.contains(file)) {
                errors.add(RosterError.ofFile(file, "The manifest lists " + file + " but the zip does not hold it."));
            } else if (mode.equals("absent") && required) {
                errors.add(RosterError.ofFile(file, "The bundle needs " + file + " (in bulk)."));
            } else if (!mode.equals("bulk") && !mode.equals("absent")) {
                errors.add(new RosterError(RosterBundle.MANIFEST, null, property,
                        "The " + property + " must be bulk, delta or absent, not " + mode + "."));
            } else if (mode.equals("absent") && b.present.contains(file)) {
                // the manifest says to leave it out: it is not read
                b.ignoredFiles.add(file);
                if (file.equals(RosterBundle.DEMOGRAPHICS)) {
                    b.demographics.clear();
                }
            }
        }
    }

    // --- the plan --------------------------------------------------------------------------------

    /** An organization as the directory holds it. */
    private record ExistingOrg(String id, String sourcedId, String name, Organization.Kind kind, String parentId) {
    }

    /** A rostered person as the directory holds them. */
    private record ExistingPerson(String id, String sourcedId, String username, String displayName, String email,
                                  Role role, LocalDate birthDate, String schoolId, String grades, boolean hasAccount,
                                  boolean enabled, String disabledReason) {
    }

    private record OrgChange(String id, boolean isNew, String sourcedId, String name, Organization.Kind kind,
                             String parentId) {
    }

    private record PersonChange(String id, boolean isNew, String sourcedId, String username, String displayName,
                                String email, Role role, LocalDate birthDate, String schoolId, String grades,
                                Boolean enable) {
    }

    /** Reads the directory once, works out every change (or error), and applies them in batches. */
    private final class Plan {
        private final RosterBundle b;
        private final List<RosterError> errors;
        private final Map<String, ExistingOrg> orgsBySourcedId = new HashMap<>();
        private final Map<String, ExistingOrg> orgsByNameAndKind = new HashMap<>();
        private final Map<String, ExistingPerson> peopleBySourcedId = new HashMap<>();
        private final Set<String> usernames = new HashSet<>();
        /** sourcedId → the organization's id in Pathwork (existing or new), for districts and schools of the bundle. */
        private final Map<String, String> orgIds = new HashMap<>();
        private final Map<String, Organization.Kind> orgKinds = new HashMap<>();
        private final List<OrgChange> orgChanges = new ArrayList<>();
        private int orgsCreated;
        private int orgsUpdated;
        private int orgsUnchanged;
        /** sourcedId → person id, for the students and guardians of the bundle. */
        private final Map<String, String> personIds = new HashMap<>();
        private final Map<String, Role> roles = new HashMap<>();
        private final List<PersonChange> personChanges = new ArrayList<>();
        private final Map<String, RosterBundle.Demographics> demographicsChanges = new LinkedHashMap<>();
        private final Map<String, Set<String>> linkChanges = new LinkedHashMap<>();
        private final Set<String> changed = new HashSet<>();
        private final Set<String> disabledIds = new HashSet<>();
        private int created;
        private int disabled;
        private int unchangedOrUpdated;
        private int skipped;

        Plan(RosterBundle b, List<RosterError> errors) {
            this.b = b;
            this.errors = errors;
        }

        void make() {
            load();
            organizations();
            people();
        }

        private void load() {
            jdbc.sql("select organization_id, sourced_id, name, kind, parent_id from organization").query(rs -> {
                ExistingOrg o = new ExistingOrg(rs.getString(1), rs.getString(2), rs.getString(3),
                        Organization.Kind.valueOf(rs.getString(4)), rs.getString(5));
                if (o.sourcedId() != null) {
                    orgsBySourcedId.put(o.sourcedId(), o);
                }
                orgsByNameAndKind.put(o.name() + "\n" + o.kind(), o);
            });
            jdbc.sql("select username from person").query(rs -> {
                usernames.add(rs.getString(1));
            });
            jdbc.sql("""
                    select p.person_id, p.sourced_id, p.username, p.display_name, p.email, p.role, p.birth_date,
                           p.school_id, p.grades, a.person_id as account, a.enabled, a.disabled_reason
                    from person p left join user_account a on a.person_id = p.person_id
                    where p.sourced_id is not null""").query(rs -> {
                peopleBySourcedId.put(rs.getString("sourced_id"), new ExistingPerson(rs.getString("person_id"),
                        rs.getString("sourced_id"), rs.getString("username"), rs.getString("display_name"),
                        rs.getString("email"), Role.valueOf(rs.getString("role")),
                        rs.getObject("birth_date", LocalDate.class), rs.getString("school_id"), rs.getString("grades"),
                        rs.getString("account") != null, rs.getBoolean("enabled"), rs.getString("disabled_reason")));
            });
        }

        // --- organizations -----------------------------------------------------------------------

        private void organizations() {
            Map<String, Integer> namesInBundle = new HashMap<>();
            for (RosterBundle.Org row : b.orgs.values()) {
                Organization.Kind kind = kind(row.type());
                if (kind == null || !row.active()) {
                    continue;
                }
                Integer first = namesInBundle.putIfAbsent(row.name() + "\n" + kind, row.line());
                if (first != null) {
                    errors.add(new RosterError(RosterBundle.ORGS, row.line(), "name", "Another " + row.type()
                            + " on line " + first + " has the name " + row.name() + "."));
                    continue;
                }
                ExistingOrg existing = orgsBySourcedId.get(row.sourcedId());
                ExistingOrg sameName = orgsByNameAndKind.get(row.name() + "\n" + kind);
                if (existing == null && sameName != null && sameName.sourcedId() == null) {
                    // made by hand before the district rostered: the roster takes it over
                    existing = sameName;
                }
                if (existing != null && existing.kind() != kind) {
                    errors.add(new RosterError(RosterBundle.ORGS, row.line(), "type", "Organization " + row.sourcedId()
                            + " is a " + existing.kind().label().toLowerCase(Locale.ROOT) + " in Pathwork; it cannot become a "
                            + row.type() + "."));
                    continue;
                }
                if (sameName != null && (existing == null || !sameName.id().equals(existing.id()))) {
                    errors.add(new RosterError(RosterBundle.ORGS, row.line(), "name", "Pathwork already has another "
                            + row.type() + " called " + row.name() + "."));
                    continue;
                }
                orgIds.put(row.sourcedId(), existing != null ? existing.id() : UUID.randomUUID().toString());
                orgKinds.put(row.sourcedId(), kind);
            }
            for (RosterBundle.Org row : b.orgs.values()) {
                if (row.parentSourcedId() != null && !b.orgs.containsKey(row.parentSourcedId())
                        && !orgsBySourcedId.containsKey(row.parentSourcedId())) {
                    errors.add(new RosterError(RosterBundle.ORGS, row.line(), "parentSourcedId", "There is no organization "
                            + row.parentSourcedId() + " in orgs.csv or in Pathwork."));
                }
                String id = orgIds.get(row.sourcedId());
                if (id == null) {
                    continue;
                }
                Organization.Kind kind = orgKinds.get(row.sourcedId());
                String parent = kind.mayHaveParent() ? districtId(row.parentSourcedId()) : null;
                ExistingOrg existing = orgsBySourcedId.get(row.sourcedId());
                if (existing == null) {
                    existing = orgsByNameAndKind.get(row.name() + "\n" + kind);
                    if (existing != null && existing.sourcedId() != null) {
                        existing = null;
                    }
                }
                if (existing == null) {
                    orgsCreated++;
                    orgChanges.add(new OrgChange(id, true, row.sourcedId(), row.name(), kind, parent));
                } else if (!row.sourcedId().equals(existing.sourcedId()) || !row.name().equals(existing.name())
                        || !Objects.equals(parent, existing.parentId())) {
                    orgsUpdated++;
                    orgChanges.add(new OrgChange(id, false, row.sourcedId(), row.name(), kind, parent));
                } else {
                    orgsUnchanged++;
                }
            }
        }

        /** Districts and schools become organizations; other OneRoster org types (state, department…) do not. */
        private static Organization.Kind kind(String type) {
            return switch (type) {
                case "district" -> Organization.Kind.DISTRICT;
                case "school" -> Organization.Kind.SCHOOL;
                default -> null;
            };
        }

        private String districtId(String sourcedId) {
            if (sourcedId == null) {
                return null;
            }
            if (orgIds.containsKey(sourcedId)) {
                return orgKinds.get(sourcedId) == Organization.Kind.DISTRICT ? orgIds.get(sourcedId) : null;
            }
            ExistingOrg o = orgsBySourcedId.get(sourcedId);
            return o != null && o.kind() == Organization.Kind.DISTRICT ? o.id() : null;
        }

        /** The Pathwork organization a roster org reference names, or null. */
        private String orgId(String sourcedId) {
            if (orgIds.containsKey(sourcedId)) {
                return orgIds.get(sourcedId);
            }
            ExistingOrg o = orgsBySourcedId.get(sourcedId);
            return o == null ? null : o.id();
        }

        private Organization.Kind orgKind(String sourcedId) {
            if (orgKinds.containsKey(sourcedId)) {
                return orgKinds.get(sourcedId);
            }
            ExistingOrg o = orgsBySourcedId.get(sourcedId);
            return o == null ? null : o.kind();
        }

        // --- people ------------------------------------------------------------------------------

        private void people() {
            Map<String, List<RosterBundle.Role>> rolesByUser = new HashMap<>();
            for (RosterBundle.Role role : b.roles) {
                if (!b.users.containsKey(role.userSourcedId())) {
                    errors.add(new RosterError(RosterBundle.ROLES, role.line(), "userSourcedId", "There is no user "
                            + role.userSourcedId() + " in users.csv."));
                }
                if (!b.orgs.containsKey(role.orgSourcedId()) && !orgsBySourcedId.containsKey(role.orgSourcedId())) {
                    errors.add(new RosterError(RosterBundle.ROLES, role.line(), "orgSourcedId", "There is no organization "
                            + role.orgSourcedId() + " in orgs.csv or in Pathwork."));
                    continue;
                }
                rolesByUser.computeIfAbsent(role.userSourcedId(), k -> new ArrayList<>()).add(role);
            }
            for (RosterBundle.Demographics d : b.demographics.values()) {
                if (!b.users.containsKey(d.sourcedId())) {
                    errors.add(new RosterError(RosterBundle.DEMOGRAPHICS, d.line(), "sourcedId", "There is no user "
                            + d.sourcedId() + " in users.csv."));
                }
            }
            for (RosterBundle.User user : b.users.values()) {
                if (user.primaryOrgSourcedId() != null && !b.orgs.containsKey(user.primaryOrgSourcedId())
                        && !orgsBySourcedId.containsKey(user.primaryOrgSourcedId())) {
                    errors.add(new RosterError(RosterBundle.USERS, user.line(), "primaryOrgSourcedId",
                            "There is no organization " + user.primaryOrgSourcedId() + " in orgs.csv or in Pathwork."));
                }
                List<RosterBundle.Role> rs = rolesByUser.getOrDefault(user.sourcedId(), List.of());
                List<RosterBundle.Role> studentRoles = rs.stream().filter(r -> r.role().equals("student")).toList();
                Role role = !studentRoles.isEmpty() ? Role.STUDENT
                        : rs.stream().anyMatch(r -> GUARDIAN_ROLES.contains(r.role())) ? Role.GUARDIAN : null;
                ExistingPerson existing = peopleBySourcedId.get(user.sourcedId());
                if (role == null || (existing == null && !user.active())) {
                    skipped++;
                    continue;
                }
                if (existing != null && existing.role() != role) {
                    errors.add(new RosterError(RosterBundle.USERS, user.line(), "role", "User " + user.sourcedId()
                            + " is a " + existing.role().group() + " in Pathwork and a " + role.group()
                            + " in roles.csv: change their role by hand first."));
                    continue;
                }
                personIds.put(user.sourcedId(), existing != null ? existing.id() : UUID.randomUUID().toString());
                roles.put(user.sourcedId(), role);
            }
            Map<String, Set<String>> guardians = guardianLinks();
            Map<String, Set<String>> existingLinks = new HashMap<>();
            jdbc.sql("select guardian_id, student_id from guardian_student").query(rs -> {
                existingLinks.computeIfAbsent(rs.getString(2), k -> new HashSet<>()).add(rs.getString(1));
            });
            Map<String, RosterBundle.Demographics> existingDemographics = existingDemographics();
            for (RosterBundle.User user : b.users.values()) {
                String id = personIds.get(user.sourcedId());
                if (id == null) {
                    continue;
                }
                Role role = roles.get(user.sourcedId());
                ExistingPerson existing = peopleBySourcedId.get(user.sourcedId());
                String schoolId = null;
                LocalDate birthDate = null;
                RosterBundle.Demographics d = b.demographics.get(user.sourcedId());
                if (role == Role.STUDENT) {
                    schoolId = school(user, rolesByUser.get(user.sourcedId()));
                    birthDate = d != null && d.birthDate() != null ? d.birthDate()
                            : existing != null ? existing.birthDate() : null;
                    if (birthDate == null) {
                        errors.add(new RosterError(RosterBundle.USERS, user.line(), "birthDate", "Student "
                                + user.sourcedId() + " has no birth date: give it in demographics.csv (the hour "
                                + "limits for minors depend on it)."));
                    }
                }
                boolean active = user.active() && user.enabled();
                if (existing == null) {
                    created++;
                    personChanges.add(new PersonChange(id, true, user.sourcedId(), username(user), user.displayName(),
                            user.email(), role, birthDate, schoolId, user.grades(), active));
                } else {
                    boolean wasEnabled = existing.hasAccount() && existing.enabled();
                    Boolean enable = null;
                    if (wasEnabled && !active) {
                        enable = false;
                    } else if (!wasEnabled && active && (!existing.hasAccount()
                            || DISABLED_BY_ROSTER.equals(existing.disabledReason()))) {
                        // an admin's own decision to disable someone is not undone by the roster
                        enable = true;
                    }
                    boolean differs = !user.displayName().equals(existing.displayName())
                            || !Objects.equals(user.email(), existing.email())
                            || !Objects.equals(schoolId, existing.schoolId())
                            || !Objects.equals(birthDate, existing.birthDate())
                            || !Objects.equals(user.grades(), existing.grades());
                    if (differs || enable != null) {
                        personChanges.add(new PersonChange(id, false, user.sourcedId(), existing.username(),
                                user.displayName(), user.email(), role, birthDate, schoolId, user.grades(), enable));
                    }
                    if (Boolean.FALSE.equals(enable)) {
                        disabled++;
                        disabledIds.add(id);
                    } else if (differs || enable != null) {
                        changed.add(id);
                    }
                    unchangedOrUpdated++;
                }
                if (role == Role.STUDENT) {
                    if (d != null && !sameDemographics(d, existingDemographics.get(id))) {
                        demographicsChanges.put(id, d);
                        if (existing != null && !disabledIds.contains(id)) {
                            changed.add(id);
                        }
                    }
                    Set<String> links = guardians.getOrDefault(user.sourcedId(), Set.of());
                    if (!links.equals(existingLinks.getOrDefault(id, Set.of()))) {
                        linkChanges.put(id, links);
                        if (existing != null && !disabledIds.contains(id)) {
                            changed.add(id);
                        }
                    }
                }
            }
        }

        /**
         * Guardian ids by student sourcedId, from the students' agentSourcedIds (and from the
         * guardians' own, which name their students in some exports). An agent that is not a guardian
         * or parent (a relative, a teacher) gives no link; an agent that exists nowhere is an error.
         */
        private Map<String, Set<String>> guardianLinks() {
            Map<String, Set<String>> links = new HashMap<>();
            for (RosterBundle.User user : b.users.values()) {
                Role role = roles.get(user.sourcedId());
                for (String agent : user.agentSourcedIds()) {
                    if (!b.users.containsKey(agent) && !peopleBySourcedId.containsKey(agent)) {
                        errors.add(new RosterError(RosterBundle.USERS, user.line(), "agentSourcedIds", "There is no user "
                                + agent + " in users.csv or in Pathwork."));
                        continue;
                    }
                    Role agentRole = roles.containsKey(agent) ? roles.get(agent)
                            : peopleBySourcedId.containsKey(agent) && !b.users.containsKey(agent)
                            ? peopleBySourcedId.get(agent).role() : null;
                    String agentId = personIds.containsKey(agent) ? personIds.get(agent)
                            : peopleBySourcedId.containsKey(agent) ? peopleBySourcedId.get(agent).id() : null;
                    if (role == Role.STUDENT && agentRole == Role.GUARDIAN) {
                        links.computeIfAbsent(user.sourcedId(), k -> new LinkedHashSet<>()).add(agentId);
                    } else if (role == Role.GUARDIAN && agentRole == Role.STUDENT && b.users.containsKey(agent)) {
                        links.computeIfAbsent(agent, k -> new LinkedHashSet<>()).add(personIds.get(user.sourcedId()));
                    }
                }
            }
            return links;
        }

        /**
         * A student's school: the org of their one primary student role, else of their only one,
         * else primaryOrgSourcedId among them. It must be a school.
         */
        private String school(RosterBundle.User user, List<RosterBundle.Role> roles) {
            List<String> all = roles.stream().filter(r -> r.role().equals("student")).map(RosterBundle.Role::orgSourcedId)
                    .distinct().toList();
            List<String> primary = roles.stream().filter(r -> r.role().equals("student") && r.primary())
                    .map(RosterBundle.Role::orgSourcedId).distinct().toList();
            String org = primary.size() == 1 ? primary.get(0) : all.size() == 1 ? all.get(0)
                    : all.contains(user.primaryOrgSourcedId()) ? user.primaryOrgSourcedId() : null;
            if (org == null) {
                errors.add(new RosterError(RosterBundle.ROLES, roles.get(0).line(), "roleType", "Student "
                        + user.sourcedId() + " is a student at several organizations: mark one role primary."));
                return null;
            }
            Organization.Kind kind = orgKind(org);
            if (kind == null || !Organization.Kind.LEARNING.contains(kind)) {
                int line = roles.stream().filter(r -> r.orgSourcedId().equals(org)).findFirst().orElseThrow().line();
                errors.add(new RosterError(RosterBundle.ROLES, line, "orgSourcedId", "Student " + user.sourcedId()
                        + " must belong to a school; " + org + " is " + (kind == null ? "not a district or school"
                        : "a " + kind.label().toLowerCase(Locale.ROOT)) + "."));
                return null;
            }
            return orgId(org);
        }

        /**
         * The roster's username when Pathwork accepts it and nobody has it; else the part before an
         * "@"; else one made from the sourcedId. Chosen once, when the person is created.
         */
        private String username(RosterBundle.User user) {
            for (String candidate : new String[] {user.username(), user.username() == null ? null
                    : user.username().substring(0, Math.max(0, user.username().indexOf('@')))}) {
                if (candidate != null) {
                    String c = candidate.strip().toLowerCase(Locale.ROOT);
                    if (UserAdministration.USERNAME.matcher(c).matches() && usernames.add(c)) {
                        return c;
                    }
                }
            }
            String base = ("r-" + user.sourcedId().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-"));
            base = base.substring(0, Math.min(base.length(), 44));
            String name = base;
            for (int n = 2; !usernames.add(name); n++) {
                name = base + "-" + n;
            }
            return name;
        }

        private Map<String, RosterBundle.Demographics> existingDemographics() {
            Map<String, RosterBundle.Demographics> map = new HashMap<>();
            jdbc.sql("select * from demographics").query(rs -> {
                map.put(rs.getString("person_id"), new RosterBundle.Demographics(0, null, null, rs.getString("sex"),
                        bool(rs, "american_indian_or_alaska_native"), bool(rs, "asian"),
                        bool(rs, "black_or_african_american"), bool(rs, "native_hawaiian_or_other_pacific_islander"),
                        bool(rs, "white"), bool(rs, "two_or_more_races"), bool(rs, "hispanic_or_latino"),
                        bool(rs, "low_income"), bool(rs, "english_learner"), bool(rs, "disability")));
            });
            return map;
        }

        private static Boolean bool(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
            boolean v = rs.getBoolean(column);
            return rs.wasNull() ? null : v;
        }

        private static boolean sameDemographics(RosterBundle.Demographics a, RosterBundle.Demographics b) {
            return b != null && Objects.equals(a.sex(), b.sex())
                    && Objects.equals(a.americanIndianOrAlaskaNative(), b.americanIndianOrAlaskaNative())
                    && Objects.equals(a.asian(), b.asian()) && Objects.equals(a.blackOrAfricanAmerican(), b.blackOrAfricanAmerican())
                    && Objects.equals(a.nativeHawaiianOrOtherPacificIslander(), b.nativeHawaiianOrOtherPacificIslander())
                    && Objects.equals(a.white(), b.white()) && Objects.equals(a.twoOrMoreRaces(), b.twoOrMoreRaces())
                    && Objects.equals(a.hispanicOrLatino(), b.hispanicOrLatino())
                    && Objects.equals(a.lowIncome(), b.lowIncome()) && Objects.equals(a.englishLearner(), b.englishLearner())
                    && Objects.equals(a.disability(), b.disability());
        }

        Result result(boolean dryRun) {
            int updated = changed.size();
            return new Result(dryRun, created, updated, unchangedOrUpdated - updated - disabled, disabled, skipped,
                    new Counts(orgsCreated, orgsUpdated, orgsUnchanged), List.copyOf(b.ignoredFiles));
        }

        // --- applying ----------------------------------------------------------------------------

        void apply(Progress progress) {
            Saving saving = new Saving(progress);
            // new organizations first without parents, so that a school may name a district on a later line
            inBatches("insert into organization (organization_id, name, kind, sourced_id) values (?, ?, ?, ?)",
                    orgChanges.stream().filter(OrgChange::isNew).map(o -> new Object[] {o.id(), o.name(),
                            o.kind().name(), o.sourcedId()}).toList());
            saving.step();
            inBatches("update organization set name = ?, sourced_id = ?, parent_id = ? where organization_id = ?",
                    orgChanges.stream().map(o -> new Object[] {o.name(), o.sourcedId(), o.parentId(), o.id()}).toList());
            saving.step();
            Timestamp now = Timestamp.from(clock.instant());
            List<PersonChange> added = personChanges.stream().filter(PersonChange::isNew).toList();
            Set<String> newIds = new HashSet<>();
            added.forEach(p -> newIds.add(p.id()));
            inBatches("""
                    insert into person (person_id, username, display_name, email, role, birth_date, school_id, active,
                        sourced_id, grades) values (?, ?, ?, ?, ?, ?, ?, true, ?, ?)""",
                    added.stream().map(p -> new Object[] {p.id(), p.username(), p.displayName(), p.email(),
                            p.role().name(), p.birthDate(), p.schoolId(), p.sourcedId(), p.grades()}).toList());
            saving.step();
            // Imported people sign in by single sign-on. Their account exists (it carries the
            // enabled flag and the session version that ends their sessions) but no password
            // matches it; an admin can still set one.
            inBatches("""
                    insert into user_account (person_id, password_hash, enabled, created_at, disabled_reason)
                    values (?, ?, ?, ?, ?)""",
                    added.stream().map(p -> new Object[] {p.id(), unusablePasswordHash(), p.enable(), now,
                            p.enable() ? null : DISABLED_BY_ROSTER}).toList());
            saving.step();
            List<PersonChange> updated = personChanges.stream().filter(p -> !p.isNew()).toList();
            inBatches("""
                    update person set display_name = ?, email = ?, birth_date = ?, school_id = ?, grades = ?
                    where person_id = ?""",
                    updated.stream().map(p -> new Object[] {p.displayName(), p.email(), p.birthDate(), p.schoolId(),
                            p.grades(), p.id()}).toList());
            saving.step();
            for (PersonChange p : updated) {
                if (p.enable() != null && !accounts.setEnabled(p.id(), p.enable(), p.enable() ? null : DISABLED_BY_ROSTER)) {
                    batch.update("""
                            insert into user_account (person_id, password_hash, enabled, created_at, disabled_reason)
                            values (?, ?, ?, ?, ?)""", p.id(), unusablePasswordHash(), p.enable(), now,
                            p.enable() ? null : DISABLED_BY_ROSTER);
                }
            }
            // a new person has nothing to replace
            inBatches("delete from demographics where person_id = ?",
                    demographicsChanges.keySet().stream().filter(id -> !newIds.contains(id))
                            .map(id -> new Object[] {id}).toList());
            saving.step();
            inBatches("""
                    insert into demographics (person_id, sex, american_indian_or_alaska_native, asian,
                        black_or_african_american, native_hawaiian_or_other_pacific_islander, white, two_or_more_races,
                        hispanic_or_latino, low_income, english_learner, disability)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    demographicsChanges.entrySet().stream().map(e -> {
                        RosterBundle.Demographics d = e.getValue();
                        return new Object[] {e.getKey(), d.sex(), d.americanIndianOrAlaskaNative(), d.asian(),
                                d.blackOrAfricanAmerican(), d.nativeHawaiianOrOtherPacificIslander(), d.white(),
                                d.twoOrMoreRaces(), d.hispanicOrLatino(), d.lowIncome(), d.englishLearner(), d.disability()};
                    }).toList());
            saving.step();
            inBatches("delete from guardian_student where student_id = ?",
                    linkChanges.keySet().stream().filter(id -> !newIds.contains(id))
                            .map(id -> new Object[] {id}).toList());
            saving.step();
            inBatches("insert into guardian_student (guardian_id, student_id) values (?, ?)",
                    linkChanges.entrySet().stream().flatMap(e -> e.getValue().stream()
                            .map(g -> new Object[] {g, e.getKey()})).toList());
            saving.step();
        }
    }

    /**
     * Sends the rows a thousand at a time: the driver holds a whole batch, and one batch of a
     * district's 40 000 people would be held at once.
     */
    private void inBatches(String sql, List<Object[]> rows) {
        batch.batchUpdate(sql, rows, 1_000, (ps, row) -> {
            for (int i = 0; i < row.length; i++) {
                StatementCreatorUtils.setParameterValue(ps, i + 1, SqlTypeValue.TYPE_UNKNOWN, row[i]);
            }
        });
    }

    /** Saving's share of the progress, a step per statement batch. */
    private static final class Saving {
        private static final int STEPS = 9;   // the batches of Plan.apply
        private final Progress progress;
        private int done;

        Saving(Progress progress) {
            this.progress = progress;
        }

        void step() {
            done++;
            progress.at("Saving", READ_SHARE + CHECK_SHARE + (1 - READ_SHARE - CHECK_SHARE) * Math.min(done, STEPS) / STEPS);
        }
    }

    /** The upload, telling progress what share of it has been read (at most once per percent). */
    private static final class Measured extends CountedInputStream {
        private final long size;
        private final Progress progress;
        private long reported;

        Measured(InputStream in, long size, Progress progress) {
            super(in);
            this.size = size;
            this.progress = progress;
        }

        @Override
        void counted(long total) {
            if (total - reported >= size / 100) {
                reported = total;
                progress.at("Reading the files", READ_SHARE * Math.min(1, (double) total / size));
            }
        }
    }

    /**
     * A bcrypt-shaped hash that no password produces (a random salt and digest nobody computed from
     * a password), in the "{bcrypt}" form the web layer's encoder reads: password sign-in fails for
     * it as for a wrong password, at the same cost, instead of erring on an unknown format.
     */
    static String unusablePasswordHash() {
        String alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        byte[] random = new byte[53];
        RANDOM.nextBytes(random);   // one call, not 53: it was a quarter of a large import's CPU
        StringBuilder s = new StringBuilder("{bcrypt}$2a$10$");
        for (byte b : random) {
            s.append(alphabet.charAt((b & 0xff) % alphabet.length()));
        }
        return s.toString();
    }
}
