package org.pathwork.workflow.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.placement.query.LockedPlacement;
import org.pathwork.workflow.placement.command.StudentAges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Students, supervisors, coordinators and their organizations, in ordinary tables. */
@Component
public class PeopleDirectory implements StudentAges {

    private final JdbcClient jdbc;

    public PeopleDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organization of that name and kind, added if there is none. */
    @Transactional
    public Organization addOrganization(String name, Organization.Kind kind) {
        return addOrganization(name, kind, null);
    }

    /** As {@link #addOrganization(String, Organization.Kind)}, inside a district when parentId is given. */
    @Transactional
    public Organization addOrganization(String name, Organization.Kind kind, String parentId) {
        Optional<Organization> existing = findOrganizationByName(name, kind);
        if (existing.isPresent()) {
            return existing.get();
        }
        Organization org = new Organization(UUID.randomUUID().toString(), name, kind, parentId);
        jdbc.sql("insert into organization (organization_id, name, kind, parent_id) values (?, ?, ?, ?)")
                .params(org.id(), org.name(), kind.name(), parentId).update();
        return org;
    }

    @Transactional
    public void renameOrganization(String organizationId, String name) {
        jdbc.sql("update organization set name = ? where organization_id = ?").params(name, organizationId).update();
    }

    /** Every organization, districts first, then by kind and name. */
    public List<Organization> allOrganizations() {
        return jdbc.sql("select * from organization order by kind, name").query(PeopleDirectory::organization).list();
    }

    /** Organizations of any kind with exactly this name (names are unique within a kind). */
    public List<Organization> findOrganizationsByName(String name) {
        return jdbc.sql("select * from organization where name = ? order by kind").param(name)
                .query(PeopleDirectory::organization).list();
    }

    /**
     * The organizations a person belongs to: a student's school or program, a supervisor's employer,
     * a coordinator's schools, programs or districts.
     */
    public List<Organization> organizationsOf(Person person) {
        return switch (person.role()) {
            case STUDENT -> findOrganizations(person.schoolId());
            case SUPERVISOR -> findOrganizations(person.employerId());
            case COORDINATOR -> jdbc.sql("""
                    select o.* from organization o join person_organization m on m.organization_id = o.organization_id
                    where m.person_id = ? order by o.name""").param(person.id()).query(PeopleDirectory::organization).list();
            default -> List.of();
        };
    }

    /** The schools and programs whose students a coordinator sees: theirs, and those of their districts. */
    public List<Organization> schoolsCoordinatedBy(String coordinatorId) {
        return jdbc.sql("""
                select distinct o.* from organization o
                join person_organization m on m.organization_id in (o.organization_id, o.parent_id)
                where m.person_id = ? and o.kind in ('SCHOOL', 'PROGRAM') order by o.name""")
                .param(coordinatorId).query(PeopleDirectory::organization).list();
    }

    private List<Organization> findOrganizations(String id) {
        return id == null ? List.of() : findOrganization(id).stream().toList();
    }

    /**
     * Adds a person. schoolId is a student's school or program, or a coordinator's first
     * organization (coordinators may belong to more: {@link #changeRole}); employerId a supervisor's.
     */
    @Transactional
    public Person addPerson(String username, String displayName, String email, Role role,
                            LocalDate birthDate, String schoolId, String employerId) {
        if (role == Role.STUDENT && birthDate == null) {
            throw RuleViolation.invalid("person.birth-date-missing", "A student needs a birth date.");
        }
        if (findByUsername(username).isPresent()) {
            throw RuleViolation.conflict("person.username-taken", "The username " + username + " is already taken.");
        }
        boolean coordinator = role == Role.COORDINATOR;
        Person p = new Person(UUID.randomUUID().toString(), username, displayName, email, role, birthDate,
                coordinator ? null : schoolId, employerId, true);
        jdbc.sql("""
                insert into person (person_id, username, display_name, email, role, birth_date, school_id, employer_id, active)
                values (?, ?, ?, ?, ?, ?, ?, ?, true)""")
                .params(p.id(), username, displayName, email, role.name(), birthDate, p.schoolId(), employerId)
                .update();
        if (coordinator && schoolId != null) {
            setMemberships(p.id(), List.of(schoolId));
        }
        return p;
    }

    /**
     * The role is the person's in every placement; birth date, school (students), employer
     * (supervisors) and the organizations a coordinator belongs to go with it. Ends the person's
     * sessions (see {@link UserAccounts.Grant}).
     */
    @Transactional
    public void changeRole(String personId, Role role, LocalDate birthDate, String schoolId, String employerId,
                           Collection<String> memberships) {
        jdbc.sql("update person set role = ?, birth_date = ?, school_id = ?, employer_id = ? where person_id = ?")
                .params(role.name(), birthDate, schoolId, employerId, personId).update();
        jdbc.sql("update user_account set session_version = session_version + 1 where person_id = ?")
                .param(personId).update();
        setMemberships(personId, role == Role.COORDINATOR ? memberships : List.of());
    }

    /** The schools, programs or districts a coordinator belongs to, replacing those before. */
    @Transactional
    public void setMemberships(String personId, Collection<String> organizationIds) {
        jdbc.sql("delete from person_organization where person_id = ?").param(personId).update();
        for (String org : new java.util.LinkedHashSet<>(organizationIds)) {
            jdbc.sql("insert into person_organization (person_id, organization_id) values (?, ?)")
                    .params(personId, org).update();
        }
    }

    /** Organizations of a kind whose name contains the filter (any case), by name. */
    public List<Organization> organizations(Organization.Kind kind, String filter, int offset, int limit) {
        return organizations(java.util.EnumSet.of(kind), filter, offset, limit);
    }

    /** Organizations of any of the kinds whose name contains the filter (any case), by name. */
    public List<Organization> organizations(java.util.Set<Organization.Kind> kinds, String filter, int offset,
                                            int limit) {
        String like = "%" + (filter == null ? "" : filter.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        List<Object> params = new java.util.ArrayList<>(kinds.stream().map(Enum::name).toList());
        params.add(like);
        params.add(offset);
        params.add(limit);
        String marks = String.join(", ", java.util.Collections.nCopies(kinds.size(), "?"));
        return jdbc.sql("select * from organization where kind in (" + marks + ") and lower(name) like ? escape '\\'"
                        + " order by name offset ? rows fetch next ? rows only")
                .params(params).query(PeopleDirectory::organization).list();
    }

    public Optional<Person> findById(String id) {
        return jdbc.sql("select * from person where person_id = ?").param(id).query(PeopleDirectory::person).optional();
    }

    public Optional<Person> findByUsername(String username) {
        return jdbc.sql("select * from person where username = ?").param(username).query(PeopleDirectory::person).optional();
    }

    public Optional<Organization> findOrganization(String id) {
        return jdbc.sql("select * from organization where organization_id = ?").param(id)
                .query(PeopleDirectory::organization).optional();
    }

    public Optional<Organization> findOrganizationByName(String name, Organization.Kind kind) {
        return jdbc.sql("select * from organization where name = ? and kind = ?").params(name, kind.name())
                .query(PeopleDirectory::organization).optional();
    }

    public List<Organization> organizations(Organization.Kind kind) {
        return jdbc.sql("select * from organization where kind = ? order by name").param(kind.name())
                .query(PeopleDirectory::organization).list();
    }

    public List<Person> withRole(Role role) {
        return jdbc.sql("select * from person where role = ? order by display_name").param(role.name())
                .query(PeopleDirectory::person).list();
    }

    @Override
    public int ageOn(String studentId, LocalDate date) {
        return Period.between(birthDate(studentId), date).getYears();
    }

    @Override
    public boolean bornBy(String studentId, LocalDate date) {
        return !birthDate(studentId).isAfter(date);
    }

    /**
     * The birth date; a command on a placement has it already from its locking read of the placement
     * ({@link LockedPlacement}), one round trip fewer for every hours entry.
     */
    private LocalDate birthDate(String studentId) {
        Optional<LocalDate> locked = LockedPlacement.birthDateOf(studentId);
        if (locked.isPresent()) {
            return locked.get();
        }
        Person student = findById(studentId).filter(p -> p.role() == Role.STUDENT)
                .orElseThrow(() -> RuleViolation.invalid("person.unknown-student", "There is no student " + studentId + "."));
        if (student.birthDate() == null) {
            throw RuleViolation.invalid("person.birth-date-missing", "The directory has no birth date for this student.");
        }
        return student.birthDate();
    }

    /** A row of {@code person} (with any other columns beside it) as a {@link Person}. */
    public static Person person(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getString("person_id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getObject("birth_date", LocalDate.class),
                rs.getString("school_id"), rs.getString("employer_id"), rs.getBoolean("active"));
    }

    private static Organization organization(ResultSet rs, int row) throws SQLException {
        return new Organization(rs.getString("organization_id"), rs.getString("name"),
                Organization.Kind.valueOf(rs.getString("kind")), rs.getString("parent_id"));
    }
}
