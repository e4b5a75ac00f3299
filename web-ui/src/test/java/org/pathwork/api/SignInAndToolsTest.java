package org.pathwork.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.people.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/** Sign-in by Basic and by session, hashed passwords, Cockpit for admins only, the OpenAPI description. */
class SignInAndToolsTest extends ApiIntegrationTest {

    @Autowired UserAccounts accounts;

    @Test
    void passwordsAreStoredHashed() {
        String hash = accounts.findByUsername("student").orElseThrow().passwordHash();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("demo");
    }

    @Test
    void aWrongPasswordIsUnauthorizedAsProblemDetails() {
        assertThat(api.get("student", "/api/me").status()).isEqualTo(200);
        HttpResponse<String> wrong = raw(HttpRequest.newBuilder(uri("/api/me"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("student:nope".getBytes())).build());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(wrong.body()).contains("\"status\":401").doesNotContain("Exception");
    }

    @Test
    void theBrowserSessionWorksAndItsWritesNeedTheCsrfToken() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String csrf = csrf(loginPage);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=coordinator&password=demo&_csrf=" + csrf)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

        HttpResponse<String> me = browser.send(HttpRequest.newBuilder(uri("/api/me")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"coordinator\"");

        String body = "{\"name\":\"Session Test Employer\"}";
        HttpResponse<String> withoutToken = browser.send(HttpRequest.newBuilder(uri("/api/employers"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
    }

    @Test
    void cockpitIsForAdminsOnlyAndTheEngineRestApiIsAbsent() {
        HttpResponse<String> cockpit = raw(basic("admin", "/camunda/app/cockpit/default/"));
        assertThat(cockpit.statusCode()).as(cockpit.headers().map() + cockpit.body()).isEqualTo(200);
        assertThat(raw(basic("coordinator", "/camunda/app/cockpit/default/")).statusCode()).isEqualTo(403);
        assertThat(raw(HttpRequest.newBuilder(uri("/camunda/app/cockpit/default/")).build()).statusCode())
                .isIn(302, 401);
        assertThat(raw(basic("admin", "/engine-rest/engine")).statusCode()).isIn(404, 302);
    }

    @Test
    void theOpenApiDescriptionListsEveryEndpointWithItsErrors() {
        JsonNode doc = expectStatus(api.get(null, "/v3/api-docs"), 200).json();
        JsonNode paths = doc.path("paths");
        for (String path : new String[]{"/api/me", "/api/opportunities", "/api/placements", "/api/placements/{id}",
                "/api/placements/{id}/approve", "/api/placements/{id}/hours", "/api/placements/{id}/hours/{entryId}/void",
                "/api/placements/{id}/reflections/{reflectionId}/accept", "/api/placements/{id}/evaluation",
                "/api/placements/{id}/audit", "/api/tasks"}) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        JsonNode approve = paths.path("/api/placements/{id}/approve").path("post").path("responses");
        assertThat(approve.has("400")).isTrue();
        assertThat(approve.has("404")).isTrue();
        assertThat(approve.has("409")).isTrue();
    }

    private HttpRequest basic(String user, String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString((user + ":demo").getBytes())).build();
    }

    private HttpResponse<String> raw(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String html) {
        // the Vaadin login page carries the token in a meta tag for its form
        Matcher m = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("No CSRF token in the login page: " + html);
        }
        return m.group(1);
    }
}
