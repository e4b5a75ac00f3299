package org.pathwork.workflow.people.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.people.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class RosterImportIntegrationTest extends IntegrationTest {

    @Autowired RosterImport roster;
    @Autowired PeopleDirectory people;
    @Autowired UserAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Fixtures given;

    private Actor admin;

    @org.junit.jupiter.api.BeforeEach
    void admin() {
        admin = given.admin();
    }

    private RosterImport.Result run(RosterBundleWriter bundle, boolean dryRun) {
        return roster.importBundle(admin, new ByteArrayInputStream(bundle.zip()), dryRun);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private int minorYear() {
        return given.today().getYear() - 16;
    }

    private Person bySourcedId(String sourcedId) {
        String id = jdbc.sql("select person_id from person where sourced_id = ?").param(sourcedId).query(String.class).single();
        return people.findById(id).orElseThrow();
    }

    @Test
    void aGoodBundleCreatesTheDistrictTheSchoolStudentsWithDemographicsAndTheirGuardian() {
        String t = tag();
        RosterImport.Result r = run(RosterBundleWriter.sample(t, minorYear()), false);

        assertThat(r.created()).isEqualTo(3);
        assertThat(r.skipped()).as("the teacher").isEqualTo(1);
        assertThat(r.organizations().created()).isEqualTo(2);
        assertThat(r.ignoredFiles()).containsExactly("classes.csv");
        Person ana = bySourcedId("u1-" + t);
        assertThat(ana.username()).isEqualTo("ana-" + t);
        assertThat(ana.displayName()).isEqualTo("Ana Minor");
        assertThat(ana.role()).isEqualTo(Role.STUDENT);
        assertThat(ana.birthDate()).isEqualTo(java.time.LocalDate.of(minorYear(), 3, 14));
        var school = people.findOrganization(ana.schoolId()).orElseThrow();
        assertThat(school.name()).isEqualTo("School " + t);
        assertThat(people.findOrganization(school.parentId()).orElseThrow().name()).isEqualTo("District " + t);
        assertThat(bySourcedId("u2-" + t).username()).as("an e-mail as username gives its local part").isEqualTo("ben-" + t);
        Person gail = bySourcedId("g1-" + t);
        assertThat(gail.role()).isEqualTo(Role.GUARDIAN);
        assertThat(gail.email()).isEqualTo("gail-" + t + "@example.org");
        assertThat(jdbc.sql("select guardian_id from guardian_student where student_id = ?").param(ana.id())
                .query(String.class).list()).containsExactly(gail.id());
        Map<String, Object> d = jdbc.sql("select * from demographics where person_id = ?").param(ana.id()).query().singleRow();
        assertThat(d).containsEntry("sex", "female").containsEntry("hispanic_or_latino", true)
                .containsEntry("low_income", true).containsEntry("english_learner", true).containsEntry("disability", false)
                .containsEntry("asian", false);
        UserAccounts.Account account = accounts.findByUsername(ana.username()).orElseThrow();
        assertThat(account.enabled()).isTrue();
        assertThat(account.passwordHash()).as("no password was chosen for a person who signs in by SSO")
                .startsWith("{bcrypt}$2a$10$").hasSize(68);
        assertThat(roster.history(admin, 10).get(0).created()).isEqualTo(3);
    }

    @Test
    void theSameBundleTwiceChangesNothingTheSecondTimeAndAChangedNameUpdates() {
        String t = tag();
        run(RosterBundleWriter.sample(t, minorYear()), false);
        RosterImport.Result again = run(RosterBundleWriter.sample(t, minorYear()), false);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.organizations()).isEqualTo(new RosterImport.Counts(0, 0, 2));

        RosterBundleWriter renamed = RosterBundleWriter.sample(t, minorYear());
        renamed.file("users.csv", new String(renamed.zipEntry("users.csv"), StandardCharsets.UTF_8)
                .replace("Ana,Minor", "Ana,Mínor-Li"));
        RosterImport.Result third = run(renamed, false);
        assertThat(third.updated()).isEqualTo(1);
        assertThat(third.unchanged()).isEqualTo(2);
        assertThat(bySourcedId("u1-" + t).displayName()).isEqualTo("Ana Mínor-Li");
    }

    @Test
    void enabledUserFalseOrToBeDeletedDisablesWithoutDeletingAndEndsTheSessions() {
        String t = tag();
        run(RosterBundleWriter.sample(t, minorYear()), false);
        Person ana = bySourcedId("u1-" + t);
        Person ben = bySourcedId("u2-" + t);
        long before = accounts.findByUsername(ana.username()).orElseThrow().sessionVersion();

        RosterBundleWriter leaving = RosterBundleWriter.sample(t, minorYear());
        leaving.file("users.csv", new String(leaving.zipEntry("users.csv"), StandardCharsets.UTF_8)
                .replace("u1-" + t + ",,,true", "u1-" + t + ",,,false")
                .replace("u2-" + t + ",,,true", "u2-" + t + ",tobedeleted,,true"));
        RosterImport.Result r = run(leaving, false);

        assertThat(r.disabled()).isEqualTo(2);
        UserAccounts.Account account = accounts.findByUsername(ana.username()).orElseThrow();
        assertThat(account.enabled()).isFalse();
        assertThat(account.sessionVersion()).as("her sessions end").isGreaterThan(before);
        assertThat(accounts.findByUsername(ben.username()).orElseThrow().enabled()).isFalse();
        assertThat(people.findById(ana.id())).as("never deleted").isPresent();

        RosterImport.Result back = run(RosterBundleWriter.sample(t, minorYear()), false);
        assertThat(back.updated()).as("enabled again by the roster that disabled them").isEqualTo(2);
        assertThat(accounts.findByUsername(ana.username()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void aDryRunReportsWhatWouldChangeAndChangesNothing() {
        String t = tag();
        long peopleBefore = count("person");
        long orgsBefore = count("organization");
        RosterImport.Result r = run(RosterBundleWriter.sample(t, minorYear()), true);
        assertThat(r.dryRun()).isTrue();
        assertThat(r.created()).isEqualTo(3);
        assertThat(r.organizations().created()).isEqualTo(2);
        assertThat(count("person")).isEqualTo(peopleBefore);
        assertThat(count("organization")).isEqualTo(orgsBefore);
        assertThat(roster.history(admin, 1).get(0).dryRun()).isTrue();
    }

    @Test
    void messyFilesAreReadBomQuotedCommasQuotesLineBreaksNonLatinNamesAndEmptyOptionalColumns() {
        String t = tag();
        RosterBundleWriter b = RosterBundleWriter.sample(t, minorYear());
        b.bytes("users.csv", ("\uFEFFsourcedId,enabledUser,username,givenName,familyName,email,agentSourcedIds\r\n"
                + "u1-" + t + ",true,,\"Zoë \"\"Zee\"\"\",\"O'Brien, \nJr.\",,\r\n"
                + "u2-" + t + ",true,李-" + t + ",明,李,,\r\n"
                + "g1-" + t + ",true,,Gail,Guardian,,\"u1-" + t + ", u2-" + t + "\"\r\n"
                + "t1-" + t + ",true,,Tom,Teacher,,").getBytes(StandardCharsets.UTF_8));
        RosterImport.Result r = run(b, false);
        assertThat(r.created()).isEqualTo(3);
        Person zoe = bySourcedId("u1-" + t);
        assertThat(zoe.displayName()).isEqualTo("Zoë \"Zee\" O'Brien, \nJr.");
        assertThat(zoe.username()).as("derived from the sourcedId").isEqualTo("r-u1-" + t);
        assertThat(zoe.email()).isNull();
        assertThat(bySourcedId("u2-" + t).displayName()).isEqualTo("明 李");
        assertThat(jdbc.sql("select count(*) from guardian_student where guardian_id = ?").param(bySourcedId("g1-" + t).id())
                .query(Long.class).single()).as("links read from the guardian's side").isEqualTo(2);
    }

    @Test
    void everyErrorIsListedWithFileLineAndFieldAndNothingChanges() {
        String t = tag();
        long peopleBefore = count("person");
        long orgsBefore = count("organization");
        RosterBundleWriter b = RosterBundleWriter.sample(t, minorYear())
                .file("orgs.csv", "sourcedId,name,type,parentSourcedId\n"
                        + "s-" + t + ",School " + t + ",school,nowhere\n"
                        + "s-" + t + ",Again,school,\n")
                .file("users.csv", "sourcedId,enabledUser,username,givenName,familyName\n"
                        + "u1-" + t + ",maybe,,\"Ana\nMaria\",Minor\n"
                        + "u2-" + t + ",nope,,Ben,Adult\n")
                .file("roles.csv", "sourcedId,userSourcedId,role,orgSourcedId\n"
                        + "r1,u1-" + t + ",student,s-" + t + "\n")
                .file("demographics.csv", "sourcedId,birthDate,metadata.lowIncome\n"
                        + "u2-" + t + ",2001-13-01,yes\n");
        RosterRejected e = catchRejected(b);
        assertThat(e.errors()).contains(
                new RosterError("orgs.csv", 3, "sourcedId", "The sourcedId s-" + t + " appears twice (first on line 2)."),
                new RosterError("users.csv", 2, "enabledUser", "The enabledUser must be true or false, not maybe."),
                new RosterError("users.csv", 4, "enabledUser", "The enabledUser must be true or false, not nope."),
                new RosterError("roles.csv", 1, "roleType", "The required column roleType is missing."),
                new RosterError("demographics.csv", 2, "birthDate", "The birth date 2001-13-01 is not a date like 2010-04-30."),
                new RosterError("demographics.csv", 2, "metadata.lowIncome", "The metadata.lowIncome must be true or false, not yes."));
        assertThat(count("person")).isEqualTo(peopleBefore);
        assertThat(count("organization")).isEqualTo(orgsBefore);
    }

    @Test
    void referencesThatResolveNowhereAndAStudentWithoutBirthDateAreErrorsNamingTheirLines() {
        String t = tag();
        RosterBundleWriter b = RosterBundleWriter.sample(t, minorYear())
                .file("roles.csv", "sourcedId,userSourcedId,roleType,role,orgSourcedId\n"
                        + "r1,u1-" + t + ",primary,student,s-" + t + "\n"
                        + "r2,u2-" + t + ",primary,student,elsewhere\n"
                        + "r3,ghost,primary,student,s-" + t + "\n")
                .file("orgs.csv", "sourcedId,name,type,parentSourcedId\n"
                        + "d-" + t + ",District " + t + ",district,\n"
                        + "s-" + t + ",School " + t + ",school,nowhere\n")
                .file("demographics.csv", "sourcedId,birthDate\n");
        RosterRejected e = catchRejected(b);
        assertThat(e.errors()).contains(
                new RosterError("roles.csv", 3, "orgSourcedId", "There is no organization elsewhere in orgs.csv or in Pathwork."),
                new RosterError("roles.csv", 4, "userSourcedId", "There is no user ghost in users.csv."),
                new RosterError("orgs.csv", 3, "parentSourcedId", "There is no organization nowhere in orgs.csv or in Pathwork."));
        RosterRejected noBirthDate = catchRejected(RosterBundleWriter.sample(t, minorYear())
                .file("demographics.csv", "sourcedId,birthDate\n"));
        assertThat(noBirthDate.errors()).contains(new RosterError("users.csv", 2, "birthDate", "Student u1-" + t
                + " has no birth date: give it in demographics.csv (the hour limits for minors depend on it)."));
    }

    @Test
    void noManifestNotAZipAndAFileOverTheLimitAreRefused() {
        String t = tag();
        assertThat(catchRejected(RosterBundleWriter.sample(t, minorYear()).without("manifest.csv")).errors())
                .containsExactly(new RosterError("manifest.csv", null, null, "The bundle has no manifest.csv."));
        assertThatThrownBy(() -> roster.importBundle(admin,
                new ByteArrayInputStream("sourcedId,name\n".getBytes(StandardCharsets.UTF_8)), false))
                .isInstanceOfSatisfying(RosterRejected.class, e -> assertThat(e.errors()).extracting(RosterError::file)
                        .containsExactly("(upload)"));
        RosterImport small = new RosterImport(jdbc, new org.springframework.jdbc.core.JdbcTemplate(
                jdbcDataSource()), accounts, java.time.Clock.systemUTC(), 200);
        assertThatThrownBy(() -> small.importBundle(admin,
                new ByteArrayInputStream(RosterBundleWriter.sample(t, minorYear()).zip()), false))
                .isInstanceOfSatisfying(RosterRejected.class, e -> assertThat(e.errors()).anySatisfy(err ->
                        assertThat(err.message()).startsWith("The file is larger than")));
    }

    @Test
    void onlyAdministratorsImportAndDemographicsNeverReachTheEventStore() {
        Actor coordinator = given.coordinator();
        assertThatThrownBy(() -> roster.importBundle(coordinator, new ByteArrayInputStream(new byte[0]), true))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> roster.history(coordinator, 10)).isInstanceOf(Forbidden.class);

        String t = tag();
        long events = count("domainevententry");
        run(RosterBundleWriter.sample(t, minorYear()), false);
        assertThat(count("domainevententry")).as("a roster writes no events").isEqualTo(events);
        List<byte[]> payloads = jdbc.sql("select payload from domainevententry").query((rs, n) -> rs.getBytes(1)).list();
        for (byte[] p : payloads) {
            assertThat(new String(p, StandardCharsets.UTF_8)).doesNotContain(t).doesNotContain(minorYear() + "-03-14");
        }
    }

    @Autowired javax.sql.DataSource dataSource;

    private javax.sql.DataSource jdbcDataSource() {
        return dataSource;
    }

    private RosterRejected catchRejected(RosterBundleWriter b) {
        try {
            run(b, false);
        } catch (RosterRejected e) {
            return e;
        }
        throw new AssertionError("the bundle was accepted");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
