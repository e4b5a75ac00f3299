package org.pathwork.workflow.people.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A district-sized bundle ({@link GeneratedRoster}) streamed from a file: everyone arrives with
 * their school, guardian and demographics, and the same file again changes nothing. How fast is
 * measured by the bench ({@code roster} section), not here.
 */
class GeneratedRosterImportIntegrationTest extends IntegrationTest {

    private static final int STUDENTS = 20_000;

    /** demographics.csv's race columns and the demographics table's. */
    private static final Map<String, String> RACE_COLUMNS = Map.of(
            "americanIndianOrAlaskaNative", "american_indian_or_alaska_native",
            "asian", "asian",
            "blackOrAfricanAmerican", "black_or_african_american",
            "nativeHawaiianOrOtherPacificIslander", "native_hawaiian_or_other_pacific_islander",
            "white", "white",
            "demographicRaceTwoOrMoreRaces", "two_or_more_races");

    @Autowired RosterImport roster;
    @Autowired PeopleDirectory people;
    @Autowired JdbcClient jdbc;
    @Autowired Fixtures given;

    @TempDir Path dir;

    @Test
    void aDistrictOfTwentyThousandStudentsArrivesWithSchoolsGuardiansAndDemographicsAndTheSameFileAgainChangesNothing()
            throws IOException {
        // given
        String t = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = given.today();
        Path zip = dir.resolve("roster.zip");
        GeneratedRoster bundle = GeneratedRoster.of(t, STUDENTS, today).writeTo(zip);
        Actor admin = given.admin();

        // when
        RosterImport.Result first = importFile(admin, zip);

        // then
        assertThat(first).isEqualTo(new RosterImport.Result(false, 2 * STUDENTS, 0, 0, 0, bundle.teachers(),
                new RosterImport.Counts(bundle.organizations(), 0, 0), List.of()));
        assertThat(count("select count(*) from person where sourced_id like ? and role = ?", "stu-" + t + "-%",
                Role.STUDENT.name())).isEqualTo(STUDENTS);
        assertThat(count("select count(*) from person where sourced_id like ? and role = ?", "gua-" + t + "-%",
                Role.GUARDIAN.name())).isEqualTo(STUDENTS);
        assertThat(count("select count(*) from person where sourced_id like ?", "tea-" + t + "-%"))
                .as("teachers are skipped").isZero();
        assertThat(count("""
                select count(*) from person p join user_account a on a.person_id = p.person_id
                where p.sourced_id like ? and a.enabled""", "%-" + t + "-%")).isEqualTo(2 * STUDENTS);
        assertThat(count("select count(*) from demographics d join person p on p.person_id = d.person_id "
                + "where p.sourced_id like ?", "stu-" + t + "-%")).isEqualTo(STUDENTS);
        assertThat(count("select count(*) from guardian_student l join person p on p.person_id = l.student_id "
                + "where p.sourced_id like ?", "stu-" + t + "-%")).isEqualTo(STUDENTS);
        assertThat(jdbc.sql("""
                        select count(*) from person p join organization s on s.organization_id = p.school_id
                        where p.sourced_id like ? group by s.organization_id""").param("stu-" + t + "-%")
                .query(Long.class).list())
                .as("students per school").hasSize(GeneratedRoster.SCHOOLS)
                .containsOnly((long) STUDENTS / GeneratedRoster.SCHOOLS);
        long minors = IntStream.range(0, STUDENTS).filter(i -> bundle.student(i).isMinorOn(today)).count();
        assertThat(minors).as("a mix of minors and adults").isBetween(1L, STUDENTS - 1L);
        assertThat(count("select count(*) from person where sourced_id like ? "
                + "and (birth_date + interval '18 years')::date > ?", "stu-" + t + "-%", today)).isEqualTo(minors);

        assertImported(bundle, first(bundle, s -> s.familyName().contains(",")));
        assertImported(bundle, first(bundle, s -> s.familyName().contains("\"")));
        assertImported(bundle, first(bundle, s -> s.givenName().codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN)));
        assertImported(bundle, first(bundle, s -> s.preferredGivenName() != null));
        assertImported(bundle, first(bundle, s -> s.username() == null));
        assertImported(bundle, first(bundle, s -> s.username() != null && s.username().contains("@")));
        assertImported(bundle, first(bundle, s -> s.races() == null && s.lowIncome() == null));

        // when the same file comes again
        String before = fingerprint(t);
        RosterImport.Result again = importFile(admin, zip);

        // then
        assertThat(again).isEqualTo(new RosterImport.Result(false, 0, 0, 2 * STUDENTS, 0, bundle.teachers(),
                new RosterImport.Counts(0, 0, bundle.organizations()), List.of()));
        assertThat(fingerprint(t)).as("people, accounts, demographics, links and organizations").isEqualTo(before);
    }

    private RosterImport.Result importFile(Actor admin, Path zip) throws IOException {
        try (InputStream in = Files.newInputStream(zip)) {
            return roster.importBundle(admin, in, false);
        }
    }

    private static GeneratedRoster.Student first(GeneratedRoster bundle, Predicate<GeneratedRoster.Student> p) {
        return IntStream.range(0, bundle.students()).mapToObj(bundle::student).filter(p).findFirst().orElseThrow(
                () -> new AssertionError("the generated bundle has no such student"));
    }

    /** The student as the bundle gives them, with their school, district, guardian and demographics. */
    private void assertImported(GeneratedRoster bundle, GeneratedRoster.Student s) {
        Person student = bySourcedId(s.sourcedId());
        assertThat(student.role()).isEqualTo(Role.STUDENT);
        assertThat(student.displayName()).isEqualTo(s.displayName());
        assertThat(student.username()).isEqualTo(s.username() == null ? "r-" + s.sourcedId()
                : s.username().replaceFirst("@.*", ""));
        assertThat(student.email()).isEqualTo(s.email());
        assertThat(student.birthDate()).isEqualTo(s.birthDate());
        var school = people.findOrganization(student.schoolId()).orElseThrow();
        assertThat(school.name()).isEqualTo(bundle.schoolName(s.school()));
        assertThat(people.findOrganization(school.parentId()).orElseThrow().name()).isEqualTo(bundle.districtName());

        Person guardian = bySourcedId(s.guardian().sourcedId());
        assertThat(guardian.role()).isEqualTo(Role.GUARDIAN);
        assertThat(guardian.displayName()).isEqualTo(s.guardian().displayName());
        assertThat(guardian.email()).isEqualTo(s.guardian().email());
        assertThat(jdbc.sql("select guardian_id from guardian_student where student_id = ?").param(student.id())
                .query(String.class).list()).containsExactly(guardian.id());

        Map<String, Object> d = jdbc.sql("select * from demographics where person_id = ?").param(student.id())
                .query().singleRow();
        assertThat(d).containsEntry("sex", s.sex()).containsEntry("hispanic_or_latino", s.hispanicOrLatino())
                .containsEntry("low_income", s.lowIncome()).containsEntry("english_learner", s.englishLearner())
                .containsEntry("disability", s.disability());
        RACE_COLUMNS.forEach((csv, column) -> assertThat(d).as(column)
                .containsEntry(column, s.races() == null ? null : s.races().contains(csv)));
    }

    private Person bySourcedId(String sourcedId) {
        String id = jdbc.sql("select person_id from person where sourced_id = ?").param(sourcedId)
                .query(String.class).single();
        return people.findById(id).orElseThrow();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** Every row the roster wrote for this tag, hashed: equal before and after means nothing changed. */
    private String fingerprint(String t) {
        return jdbc.sql("""
                        select concat_ws(' ',
                            (select md5(string_agg(p::text, '|' order by p.person_id)) from person p
                             where p.sourced_id like :people),
                            (select md5(string_agg(a::text, '|' order by a.person_id)) from user_account a
                             join person p on p.person_id = a.person_id where p.sourced_id like :people),
                            (select md5(string_agg(d::text, '|' order by d.person_id)) from demographics d
                             join person p on p.person_id = d.person_id where p.sourced_id like :people),
                            (select md5(string_agg(l::text, '|' order by l.student_id, l.guardian_id))
                             from guardian_student l join person p on p.person_id = l.student_id
                             where p.sourced_id like :people),
                            (select md5(string_agg(o::text, '|' order by o.organization_id)) from organization o
                             where o.sourced_id like :orgs))""")
                .param("people", "%-" + t + "-%").param("orgs", "%-" + t + "%")
                .query(String.class).single();
    }
}
