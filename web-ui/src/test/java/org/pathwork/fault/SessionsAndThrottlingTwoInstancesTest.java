package org.pathwork.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.TestDatabase;

/**
 * Two application processes on one PostgreSQL: a session ends on both within 5 seconds of a change
 * to its person's account, whichever way the change was made; failed sign-ins on either count
 * together. The changes are an admin's, through the admin HTTP API of either instance, as a school's
 * IT staff would make them: disabling, a role change, a new password.
 */
class SessionsAndThrottlingTwoInstancesTest {

    private static String url;
    private static AppProcess a;
    private static AppProcess b;

    @BeforeAll
    static void start() {
        url = TestDatabase.url(TestDatabase.create());
        a = new AppProcess("sessions-a", url).start();
        b = new AppProcess("sessions-b", url).start();
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    void aChangedAccountEndsItsSessionsOnBothInstancesWithinFiveSeconds() {
        // disabled
        List<Session> student = List.of(signIn(a, "student2"), signIn(b, "student2"));
        Session bystanderOnA = signIn(a, "student");
        Session bystanderOnB = signIn(b, "student");
        admin(a, "/api/admin/users/student2/disable", "{\"reason\":\"Left the school\"}");
        awaitSignedOut(student);
        assertThat(bystanderOnA.me()).isEqualTo(200);
        assertThat(bystanderOnB.me()).isEqualTo(200);

        // a role change
        List<Session> supervisor = List.of(signIn(a, "supervisor2"), signIn(b, "supervisor2"));
        admin(b, "/api/admin/users/supervisor2/role",
                "{\"role\":\"coordinator\",\"organizations\":[\"Lincoln High School\"]}");
        awaitSignedOut(supervisor);

        // a new password
        List<Session> coordinator = List.of(signIn(a, "coordinator"), signIn(b, "coordinator"));
        admin(a, "/api/admin/users/coordinator/password", "{\"password\":\"violet canoe ladder 42\"}");
        awaitSignedOut(coordinator);
        assertThat(bystanderOnA.me()).isEqualTo(200);
        assertThat(bystanderOnB.me()).isEqualTo(200);
    }

    @Test
    void failedSignInsOnBothInstancesCountTogether() {
        for (int i = 0; i < 10; i++) {
            AppProcess instance = i % 2 == 0 ? a : b;
            assertThat(basic(instance, "supervisor", "wrong " + i).statusCode()).as("failure " + (i + 1)).isEqualTo(401);
        }
        for (AppProcess instance : List.of(a, b)) {
            HttpResponse<String> right = basic(instance, "supervisor", "demo");
            assertThat(right.statusCode()).as(right.body()).isEqualTo(429);
            assertThat(right.headers().firstValue("Retry-After")).isPresent();
            assertThat(right.body()).contains("\"code\":\"auth.too-many-sign-ins\"");
        }
        assertThat(basic(b, "student", "demo").statusCode()).as("another username").isEqualTo(200);
    }

    private static void awaitSignedOut(List<Session> sessions) {
        await("sessions ended").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    for (Session s : sessions) {
                        assertThat(s.me()).as("GET /api/me on " + s.instance.baseUrl()).isEqualTo(401);
                    }
                });
    }

    /** A browser signed in through the form on one instance. */
    private record Session(AppProcess instance, HttpClient http) {

        int me() {
            return send(http, HttpRequest.newBuilder(URI.create(instance.baseUrl() + "/api/me"))
                    .header("Accept", "application/json").build()).statusCode();
        }
    }

    private static Session signIn(AppProcess instance, String username) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = send(http, HttpRequest.newBuilder(URI.create(instance.baseUrl() + "/login")).build()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("CSRF token in the login page").isTrue();
        HttpResponse<String> login = send(http, HttpRequest.newBuilder(URI.create(instance.baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        Session session = new Session(instance, http);
        assertThat(session.me()).isEqualTo(200);
        return session;
    }

    private static HttpResponse<String> basic(AppProcess instance, String user, String password) {
        return send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(instance.baseUrl() + "/api/me"))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).build());
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An admin's change through the admin API of one instance, as HTTP Basic (no session of the admin's). */
    private static void admin(AppProcess instance, String path, String json) {
        HttpResponse<String> r = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(instance.baseUrl() + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    }
}
