package org.pathwork.workflow.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.RuleViolation;
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

    @Transactional
    public Organization addOrganization(String name, Organization.Kind kind) {
        Optional<Organization> existing = jdbc.sql("select * from organization where name = ? and kind = ?")
                .params(name, kind.name()).query(PeopleDirectory::organization).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        Organization org = new Organization(UUID.randomUUID().toString(), name, kind);
        jdbc.sql("insert into organization (organization_id, name, kind) values (?, ?, ?)")
                .params(org.id(), org.name(), kind.name()).update();
        return org;
    }

    @Transactional
    public Person addPerson(String username, String displayName, String email, Role role,
                            LocalDate birthDate, String schoolId, String employerId) {
        if (role == Role.STUDENT && birthDate == null) {
            throw RuleViolation.invalid("person.birth-date-missing", "A student needs a birth date.");
        }
        if (findByUsername(username).isPresent()) {
            throw RuleViolation.conflict("person.username-taken", "The username " + username + " is already taken.");
        }
        Person p = new Person(UUID.randomUUID().toString(), username, displayName, email, role, birthDate,
                schoolId, employerId, true);
        jdbc.sql("""
                insert into person (person_id, username, display_name, email, role, birth_date, school_id, employer_id, active)
                values (?, ?, ?, ?, ?, ?, ?, ?, true)""")
                .params(p.id(), username, displayName, email, role.name(), birthDate, schoolId, employerId)
                .update();
        return p;
    }

    /** The role is the person's in every placement; birth date, school and employer go with it. */
    @Transactional
    public void changeRole(String personId, Role role, LocalDate birthDate, String schoolId, String employerId) {
        jdbc.sql("update person set role = ?, birth_date = ?, school_id = ?, employer_id = ? where person_id = ?")
                .params(role.name(), birthDate, schoolId, employerId, personId).update();
    }

    /** Organizations of a kind whose name contains the filter (any case), by name. */
    public List<Organization> organizations(Organization.Kind kind, String filter, int offset, int limit) {
        String like = "%" + (filter == null ? "" : filter.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return jdbc.sql("""
                select * from organization where kind = ? and lower(name) like ? escape '\\'
                order by name offset ? rows fetch next ? rows only""")
                .params(kind.name(), like, offset, limit).query(PeopleDirectory::organization).list();
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

    private LocalDate birthDate(String studentId) {
        Person student = findById(studentId).filter(p -> p.role() == Role.STUDENT)
                .orElseThrow(() -> RuleViolation.invalid("person.unknown-student", "There is no student " + studentId + "."));
        if (student.birthDate() == null) {
            throw RuleViolation.invalid("person.birth-date-missing", "The directory has no birth date for this student.");
        }
        return student.birthDate();
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getString("person_id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getObject("birth_date", LocalDate.class),
                rs.getString("school_id"), rs.getString("employer_id"), rs.getBoolean("active"));
    }

    private static Organization organization(ResultSet rs, int row) throws SQLException {
        return new Organization(rs.getString("organization_id"), rs.getString("name"),
                Organization.Kind.valueOf(rs.getString("kind")));
    }
}
