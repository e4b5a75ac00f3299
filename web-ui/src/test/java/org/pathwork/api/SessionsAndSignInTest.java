package org.pathwork.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 11, points 5, 6 and 8 in one process: sessions end with the right to them; sign-in is
 * throttled per username and per client address and says nothing about whether a username exists;
 * the sign-in form needs its CSRF token; the UI's security headers and session cookie.
 * Every test signs in people made for it, so the demo users stay as they are for other tests.
 */
class SessionsAndSignInTest extends ApiIntegrationTest {

    private static final String PASSWORD = "correct horse 42";

    @Autowired UserAdministration administration;
    @Autowired PeopleDirectory people;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void forgetSignInAttempts() {
        // the throttle's counts live in the database this context shares with other test classes
        jdbc.sql("delete from sign_in_attempt").update();
    }

    // --- sessions end with the right to them ----------------------------------------------------------

    @Test
    void disablingAPersonEndsTheirSessionsAndNoOneElses() {
        String id = newCoordinator();
        FormBrowser first = signedIn(username(id));
        FormBrowser second = signedIn(username(id));
        FormBrowser someoneElse = signedIn(username(newCoordinator()));

        administration.disable(admin(), id);

        assertSignedOut(first);
        assertSignedOut(second);
        assertThat(someoneElse.get("/api/me").statusCode()).isEqualTo(200);
    }

    @Test
    void aRoleChangeEndsTheSessionSoADemotedPersonKeepsNoRights() {
        String id = newPerson(Role.ADMIN);
        FormBrowser session = signedIn(username(id));
        assertThat(session.get("/api/admin/consistency").statusCode()).isEqualTo(200);

        administration.changeRole(admin(), id, new UserAdministration.RoleChange(Role.COORDINATOR, null, List.of(lincoln())));

        assertSignedOut(session);
        assertThat(session.get("/api/admin/consistency").statusCode()).isEqualTo(401);
    }

    @Test
    void aPasswordResetEndsTheSession() {
        String id = newCoordinator();
        FormBrowser session = signedIn(username(id));

        administration.resetPassword(admin(), id, "another password 7", encoder::encode);

        assertSignedOut(session);
    }

    @Test
    void choosingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() {
        String id = newCoordinator();
        FormBrowser here = signedIn(username(id));
        FormBrowser elsewhere = signedIn(username(id));
        String csrf = FormBrowser.csrf(here.send(HttpRequest.newBuilder(uri("/")).build()).body());

        HttpResponse<String> changed = here.send(HttpRequest.newBuilder(uri("/api/me/password"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"" + PASSWORD
                        + "\",\"newPassword\":\"granite lantern picnic 31\"}")).build());

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(here.get("/api/me").statusCode()).as("the session it was changed in").isEqualTo(200);
        assertSignedOut(elsewhere);
    }

    @Test
    void disablingAndEnablingAgainBeforeTheNextRequestStillEndsTheSession() {
        String id = newCoordinator();
        FormBrowser session = signedIn(username(id));

        administration.disable(admin(), id);
        administration.enable(admin(), id);

        assertSignedOut(session);
        assertThat(signedIn(username(id)).get("/api/me").statusCode()).as("a new sign-in works").isEqualTo(200);
    }

    @Test
    void aDisabledPersonsBasicRequestIsRefusedLikeAWrongPassword() {
        String id = newCoordinator();
        assertThat(basic(username(id), PASSWORD, "/api/me", null).statusCode()).isEqualTo(200);
        administration.disable(admin(), id);

        HttpResponse<String> disabled = basic(username(id), PASSWORD, "/api/me", null);
        HttpResponse<String> unknown = basic("nobody-" + UUID.randomUUID(), PASSWORD, "/api/me", null);
        HttpResponse<String> wrong = basic(username(newCoordinator()), "not the password", "/api/me", null);

        for (HttpResponse<String> r : List.of(disabled, unknown, wrong)) {
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                    .startsWith("application/problem+json"));
        }
        assertThat(disabled.body()).isEqualTo(unknown.body()).isEqualTo(wrong.body());
        assertThat(disabled.headers().firstValue("WWW-Authenticate")).isEqualTo(unknown.headers().firstValue("WWW-Authenticate"));
    }

    // --- throttling ---------------------------------------------------------------------------------

    @Test
    void tenFailuresForOneUsernameThrottleItEvenWithTheRightPasswordUntilTheWindowPasses() {
        String name = username(newCoordinator());
        for (int i = 0; i < 10; i++) {
            assertThat(basic(name, "wrong " + i, "/api/me", null).statusCode()).as("failure " + (i + 1)).isEqualTo(401);
        }

        HttpResponse<String> right = basic(name, PASSWORD, "/api/me", null);
        JsonNode problem = assertThrottled(right);
        assertThat(problem.path("detail").asText()).contains("Wait");
        assertThat(Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow())).isBetween(800L, 900L);
        assertThat(signIn(name, PASSWORD).statusCode()).as("the form is throttled too").isEqualTo(429);
        // another username from the same address is not affected
        assertThat(basic(username(newCoordinator()), PASSWORD, "/api/me", null).statusCode()).isEqualTo(200);

        ageAttempts();
        assertThat(basic(name, PASSWORD, "/api/me", null).statusCode()).as("after the window").isEqualTo(200);
    }

    @Test
    void failedFormSignInsCountAndTheFormSaysToWait() {
        String name = username(newCoordinator());
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> failed = signIn(name, "wrong " + i);
            assertThat(failed.statusCode()).isEqualTo(302);
            assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));
        }
        HttpResponse<String> throttled = signIn(name, PASSWORD);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(throttled.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(throttled.body()).contains("Please wait 15 minutes").doesNotContain("Exception").doesNotContain(name);
        assertThrottled(basic(name, PASSWORD, "/api/me", null));
    }

    @Test
    void aSuccessClearsItsUsernamesFailuresButNotItsAddresses() {
        String name = username(newCoordinator());
        for (int i = 0; i < 9; i++) {
            basic(name, "wrong", "/api/me", null);
        }
        assertThat(basic(name, PASSWORD, "/api/me", null).statusCode()).isEqualTo(200);
        for (int i = 0; i < 9; i++) {
            assertThat(basic(name, "wrong", "/api/me", null).statusCode()).isEqualTo(401);
        }
        assertThat(basic(name, PASSWORD, "/api/me", null).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from sign_in_attempt").query(Integer.class).single())
                .as("the address keeps its 18 failures").isEqualTo(18);
    }

    @Test
    void oneAddressIsThrottledAfterAHundredFailuresAcrossUsernamesAndAnotherIsNot() {
        String attacker = "198.51.100.7";
        for (int i = 0; i < 100; i++) {
            assertThat(basic("guess-" + i, "wrong", "/api/me", attacker).statusCode()).isEqualTo(401);
        }
        String known = username(newCoordinator());
        assertThrottled(basic(known, PASSWORD, "/api/me", attacker));
        assertThat(basic(known, PASSWORD, "/api/me", "198.51.100.8").statusCode()).isEqualTo(200);
    }

    @Test
    void throttledUnknownAndExistingUsernamesGetTheSameAnswer() {
        String existing = username(newCoordinator());
        String unknown = "nobody-" + UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
            basic(existing, "wrong", "/api/me", null);
            basic(unknown, "wrong", "/api/me", null);
        }
        HttpResponse<String> a = basic(existing, PASSWORD, "/api/me", null);
        HttpResponse<String> b = basic(unknown, PASSWORD, "/api/me", null);
        assertThrottled(a);
        assertThrottled(b);
        assertThat(a.body()).isEqualTo(b.body());
    }

    // --- login CSRF, headers, cookie ---------------------------------------------------------------------

    @Test
    void aSignInPostWithoutTheCsrfTokenIsRefused() throws Exception {
        String name = username(newCoordinator());
        FormBrowser browser = new FormBrowser(port);
        browser.get("/login");
        HttpResponse<String> withoutToken = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&password=" + enc(PASSWORD))).build());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void theUiSendsItsSecurityHeadersAndALaxSessionCookieThatIsSecureBehindTls() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("SameSite=Lax").contains("Secure").contains("HttpOnly");

        HttpResponse<String> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String plainCookie = plain.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(plainCookie).contains("SameSite=Lax").doesNotContain("Secure");
    }

    // --- helpers -----------------------------------------------------------------------------------

    private JsonNode assertThrottled(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        JsonNode json = new ApiClient.Response(r.statusCode(), "", r.body(), null).json();
        assertThat(json.path("status").asInt()).isEqualTo(429);
        assertThat(json.path("code").asText()).isEqualTo("auth.too-many-sign-ins");
        return json;
    }

    private void assertSignedOut(FormBrowser session) {
        HttpResponse<String> me = session.get("/api/me");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(401);
        assertThat(me.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(me.body()).contains("\"code\":\"auth.required\"");
    }

    /** Moves every recorded sign-in attempt back by the whole window, as if 15 minutes had passed. */
    private void ageAttempts() {
        jdbc.sql("update sign_in_attempt set attempted_at = attempted_at - interval '15 minutes'").update();
    }

    private Actor admin() {
        return new Actor(people.findByUsername("admin").orElseThrow().id(), Role.ADMIN, Source.API);
    }

    private String newCoordinator() {
        return newPerson(Role.COORDINATOR);
    }

    /** A coordinator or admin who has replaced the admin's choice of password with their own, PASSWORD. */
    private String newPerson(Role role) {
        String username = "p" + UUID.randomUUID().toString().substring(0, 12);
        String adminChosen = "orchid tractor meadow 9";
        String id = administration.create(admin(), new UserAdministration.NewUser(username, "Test " + role, null, role,
                null, role == Role.COORDINATOR ? List.of(lincoln()) : List.of()), adminChosen, encoder::encode);
        administration.changeOwnPassword(new Actor(id, role, Source.API), adminChosen, PASSWORD, encoder::matches,
                encoder::encode);
        return id;
    }

    private String lincoln() {
        return people.findOrganizationByName("Lincoln High School", org.pathwork.workflow.people.Organization.Kind.SCHOOL)
                .orElseThrow().id();
    }

    private String username(String personId) {
        return people.findById(personId).orElseThrow().username();
    }

    private FormBrowser signedIn(String username) {
        FormBrowser browser = new FormBrowser(port);
        HttpResponse<String> login = browser.signIn(username, PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(200);
        return browser;
    }

    private HttpResponse<String> signIn(String username, String password) {
        return new FormBrowser(port).signIn(username, password);
    }

    private HttpResponse<String> basic(String user, String password, String path, String forwardedFor) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        try {
            return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
