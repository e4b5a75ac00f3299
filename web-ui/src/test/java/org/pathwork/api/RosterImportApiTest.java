package org.pathwork.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.people.UserAdministration;
import org.pathwork.workflow.people.roster.RosterBundleWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** shared/api.md, "Rostering and single sign-on": the OneRoster import over HTTP. */
class RosterImportApiTest extends ApiTestSupport {

    private static final String PATH = "/api/admin/roster-imports";
    private static final String PASSWORD = "quartz lantern harbor 31";

    @Autowired UserAdministration administration;
    @Autowired PeopleDirectory people;
    @Autowired PasswordEncoder encoder;

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static int minorYear() {
        return TODAY.getYear() - 16;
    }

    private ApiClient.Response upload(String user, byte[] zip, boolean dryRun) {
        return raw(user, "demo", "POST", PATH + "?dryRun=" + dryRun, "application/zip", zip, false);
    }

    private JsonNode usersTagged(String t) {
        return expectStatus(api.get("admin", "/api/admin/users?q=" + t), 200).json();
    }

    @Test
    void anAdminImportsABundleTheGuardianIsListedAndTheSecondImportChangesNothing() {
        String t = tag();
        JsonNode dry = expectStatus(upload("admin", RosterBundleWriter.sample(t, minorYear()).zip(), true), 200).json();
        assertThat(dry.path("dryRun").asBoolean()).isTrue();
        assertThat(dry.path("created").asInt()).isEqualTo(3);
        assertThat(usersTagged(t)).as("a dry run changes nothing").isEmpty();

        JsonNode first = expectStatus(upload("admin", RosterBundleWriter.sample(t, minorYear()).zip(), false), 200).json();
        assertThat(first.path("dryRun").asBoolean()).isFalse();
        assertThat(first.path("created").asInt()).isEqualTo(3);
        assertThat(first.path("organizations").path("created").asInt()).isEqualTo(2);
        assertThat(first.path("ignoredFiles").get(0).asText()).isEqualTo("classes.csv");
        assertThat(first.path("errors").isArray()).isTrue();
        JsonNode guardians = expectStatus(api.get("admin", "/api/admin/users?role=guardian&q=" + t), 200).json();
        assertThat(guardians).hasSize(1);
        assertThat(guardians.get(0).path("email").asText()).isEqualTo("gail-" + t + "@example.org");

        JsonNode second = expectStatus(upload("admin", RosterBundleWriter.sample(t, minorYear()).zip(), false), 200).json();
        assertThat(second.path("created").asInt()).isZero();
        assertThat(second.path("updated").asInt()).isZero();
        assertThat(second.path("unchanged").asInt()).isEqualTo(3);

        JsonNode history = expectStatus(api.get("admin", PATH), 200).json();
        assertThat(history.get(0).path("unchanged").asInt()).as("newest first").isEqualTo(3);
        assertThat(history.get(1).path("created").asInt()).isEqualTo(3);
        assertThat(history.get(0).path("by").asText()).isEqualTo("admin");
    }

    @Test
    void aBundleLargerThanOtherApiBodiesIsAccepted() {
        byte[] noise = new byte[400 * 1024];
        new Random(7).nextBytes(noise);
        String t = tag();
        byte[] zip = RosterBundleWriter.sample(t, minorYear()).bytes("photo.bin", noise).zip();
        assertThat(zip.length).isGreaterThan(RequestBodyLimitFilter.LIMIT);
        JsonNode r = expectStatus(upload("admin", zip, true), 200).json();
        assertThat(r.path("ignoredFiles").toString()).contains("photo.bin");
    }

    @Test
    void aBundleWithErrorsIs422WithEveryErrorAndNothingChanges() {
        String t = tag();
        byte[] zip = RosterBundleWriter.sample(t, minorYear())
                .file("users.csv", "sourcedId,enabledUser,username,givenName,familyName\n"
                        + "u1-" + t + ",true,,Ana,Minor\n"
                        + "u1-" + t + ",true,,Ana,Again\n"
                        + "u2-" + t + ",sometimes,,Ben,Adult\n")
                .zip();
        JsonNode p = assertProblem(upload("admin", zip, false), 422);
        assertThat(p.path("code").asText()).isEqualTo("roster.invalid");
        JsonNode errors = p.path("errors");
        assertThat(errors).hasSizeGreaterThanOrEqualTo(2);
        JsonNode dup = errors.get(0);
        assertThat(dup.path("file").asText()).isEqualTo("users.csv");
        assertThat(dup.path("line").asInt()).isEqualTo(3);
        assertThat(dup.path("field").asText()).isEqualTo("sourcedId");
        assertThat(dup.path("message").asText()).contains("appears twice");
        assertThat(errors.toString()).contains("\"line\":4").contains("enabledUser");
        assertThat(usersTagged(t)).isEmpty();

        JsonNode notZip = assertProblem(raw("admin", "demo", "POST", PATH, "application/zip",
                "just text".getBytes(StandardCharsets.UTF_8), false), 422);
        assertThat(notZip.path("errors").get(0).path("file").asText()).isEqualTo("(upload)");
        assertThat(notZip.path("errors").get(0).has("line")).as("every member is there, null when none").isTrue();
    }

    @Test
    void onlyAdminsImportOrReadTheHistoryAndOthersLearnNothingOfTheBody() {
        byte[] zip = RosterBundleWriter.sample(tag(), minorYear()).zip();
        for (String who : List.of("coordinator", "supervisor", "student")) {
            assertProblem(upload(who, zip, false), 403);
            assertProblem(upload(who, "not a zip".getBytes(StandardCharsets.UTF_8), false), 403);
            assertProblem(api.get(who, PATH), 403);
        }
        assertProblem(raw(null, null, "POST", PATH, "application/zip", zip, false), 401);
    }

    @Test
    void aStudentDisabledByAReimportLosesTheirSignedInSession() {
        String t = tag();
        expectStatus(upload("admin", RosterBundleWriter.sample(t, minorYear()).zip(), false), 200);
        Person ana = people.findByUsername("ana-" + t).orElseThrow();
        // the test signs in with a password; imported people normally sign in by single sign-on
        Actor admin = new Actor(people.findByUsername("admin").orElseThrow().id(), Role.ADMIN, Source.API);
        administration.resetPassword(admin, ana.id(), "orchid tractor meadow 9", encoder::encode);
        administration.changeOwnPassword(new Actor(ana.id(), Role.STUDENT, Source.API), "orchid tractor meadow 9",
                PASSWORD, encoder::matches, encoder::encode);
        FormBrowser session = new FormBrowser(port);
        assertThat(session.signIn(ana.username(), PASSWORD).statusCode()).isEqualTo(302);
        assertThat(session.get("/api/me").statusCode()).isEqualTo(200);

        RosterBundleWriter leaving = RosterBundleWriter.sample(t, minorYear());
        leaving.file("users.csv", new String(leaving.zipEntry("users.csv"), StandardCharsets.UTF_8)
                .replace("u1-" + t + ",,,true", "u1-" + t + ",,,false"));
        JsonNode r = expectStatus(upload("admin", leaving.zip(), false), 200).json();
        assertThat(r.path("disabled").asInt()).isEqualTo(1);

        HttpResponse<String> me = session.get("/api/me");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(401);
    }
}
