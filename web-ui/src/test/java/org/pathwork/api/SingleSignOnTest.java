package org.pathwork.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pathwork.security.TestOpenIdProvider;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 12, single sign-on: Pathwork configured with an OpenID provider that runs in the test (Spring
 * Authorization Server), signed in through it as a browser would (redirects followed, cookies kept,
 * the provider's login form submitted). An identity becomes the person with its verified e-mail
 * address, and that session is an ordinary Pathwork session; anyone else is refused, and no one is
 * created.
 */
@ExtendWith(OutputCaptureExtension.class)
class SingleSignOnTest extends ApiIntegrationTest {

    private static TestOpenIdProvider provider;

    @Autowired UserAdministration administration;
    @Autowired PeopleDirectory people;
    @Autowired PasswordEncoder encoder;
    @Autowired org.pathwork.workflow.people.roster.RosterImport roster;
    @Autowired org.pathwork.workflow.placement.PlacementService placements;

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        provider = TestOpenIdProvider.start();
        provider.clientProperties("Riverside Schools").forEach((k, v) -> registry.add(k, () -> v));
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @Test
    void aVerifiedAddressSignsInAsThePersonWithItWhateverItsCase() {
        String identity = identity("STUDENT@Example.org", true);

        Browser browser = new Browser();
        HttpResponse<String> end = browser.signInThroughProvider(identity);

        assertThat(end.uri().getPath()).doesNotStartWith("/login");
        HttpResponse<String> me = browser.get("/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"student\"");
    }

    @Test
    void anUnknownAddressIsRefusedAndNoOneIsCreated(CapturedOutput output) {
        String address = "nobody-" + UUID.randomUUID() + "@example.org";
        int before = administration.count(admin(), "");

        Browser browser = new Browser();
        HttpResponse<String> end = browser.signInThroughProvider(identity(address, true));

        assertRefused(browser, end, "unknown");
        assertThat(administration.count(admin(), "")).isEqualTo(before);
        assertThat(output.getOut()).contains("PW-AUTH-021").doesNotContain(address);
    }

    @Test
    void anUnverifiedAddressIsRefusedEvenWhenItIsAPersons() {
        Browser browser = new Browser();
        assertRefused(browser, browser.signInThroughProvider(identity("student@example.org", false)), "unverified");
    }

    @Test
    void anAddressTheProviderSaysNothingAboutIsRefusedUnlessTheRegistrationIsTrusted() {
        // as Microsoft Entra ID sends it: an email claim and no email_verified
        Browser browser = new Browser();
        assertRefused(browser, browser.signInThroughProvider(identity("student@example.org", null)), "unverified");
    }

    @Test
    void aDisabledPersonIsRefused(CapturedOutput output) {
        String address = "disabled-" + UUID.randomUUID() + "@example.org";
        String id = newCoordinator(address);
        administration.disable(admin(), id);

        Browser browser = new Browser();
        assertRefused(browser, browser.signInThroughProvider(identity(address, true)), "disabled");
        assertThat(output.getOut()).contains("PW-AUTH-023").contains(id).doesNotContain(address);
    }

    @Test
    void twoPeopleSharingTheAddressAreRefusedRatherThanGuessed() {
        String address = "shared-" + UUID.randomUUID() + "@example.org";
        newCoordinator(address);
        newCoordinator(address.toUpperCase());

        Browser browser = new Browser();
        assertRefused(browser, browser.signInThroughProvider(identity(address, true)), "ambiguous");
    }

    @Test
    void disablingThePersonEndsTheirSingleSignOnSession(CapturedOutput output) {
        String address = "ends-" + UUID.randomUUID() + "@example.org";
        String id = newCoordinator(address);
        Browser browser = new Browser();
        browser.signInThroughProvider(identity(address, true));
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(200);
        assertThat(output.getOut()).contains("PW-AUTH-020 person " + id);

        administration.disable(admin(), id);

        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aPersonWhosePasswordMustChangeIsNotHeldUpBySingleSignOn() {
        String address = "reset-" + UUID.randomUUID() + "@example.org";
        newCoordinator(address);
        Browser browser = new Browser();
        browser.signInThroughProvider(identity(address, true));

        HttpResponse<String> me = browser.get("/api/me");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    }

    @Test
    void passwordSignInStaysBesideSingleSignOn() {
        Browser browser = new Browser();
        String csrf = csrf(browser.get("/login").body(), "name=\"_csrf\" content=\"([^\"]+)\"");
        HttpResponse<String> signedIn = browser.post(app("/login"), "username=coordinator&password=demo&_csrf="
                + enc(csrf));

        assertThat(signedIn.uri().getPath()).doesNotStartWith("/login");
        HttpResponse<String> me = browser.get("/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"coordinator\"");
    }

    // --- helpers --------------------------------------------------------------------------------

    private static void assertRefused(Browser browser, HttpResponse<String> end, String code) {
        assertThat(end.uri().getPath()).isEqualTo("/login");
        assertThat(end.uri().getQuery()).isEqualTo("sso=" + code);
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
    }

    /** A new identity at the provider with this address, by its username there. */
    /** Issue 12, part 3: rostering and single sign-on together. */
    @Test
    void anImportedStudentSignsInThroughTheProviderSeesTheirPlacementAndLosesTheSessionWhenAReimportDisablesThem() {
        String t = UUID.randomUUID().toString().substring(0, 8);
        int minorBirthYear = TODAY.getYear() - 15;
        roster.importBundle(admin(), new java.io.ByteArrayInputStream(
                org.pathwork.workflow.people.roster.RosterBundleWriter.sample(t, minorBirthYear).zip()), false);
        String ana = people.findByUsername("ana-" + t).orElseThrow().id();
        String placement = placements.apply(new Actor(ana, Role.STUDENT, Source.API), opportunity("supervisor", 5, 14, 2),
                List.of("Learn"), TODAY, TODAY.plusDays(10));

        Browser browser = new Browser();
        browser.signInThroughProvider(identity("ana-" + t + "@example.org", true));
        HttpResponse<String> mine = browser.get("/api/placements");
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(mine.body()).contains(placement);

        org.pathwork.workflow.people.roster.RosterBundleWriter leaving =
                org.pathwork.workflow.people.roster.RosterBundleWriter.sample(t, minorBirthYear);
        leaving.file("users.csv", new String(leaving.zipEntry("users.csv"), StandardCharsets.UTF_8)
                .replace("u1-" + t + ",,,true", "u1-" + t + ",,,false"));
        assertThat(roster.importBundle(admin(), new java.io.ByteArrayInputStream(leaving.zip()), false).disabled())
                .isEqualTo(1);
        assertThat(browser.get("/api/me").statusCode()).as("the session of a student the roster disabled").isEqualTo(401);
    }

    private static String identity(String email, Boolean verified) {
        String username = "id-" + UUID.randomUUID();
        provider.addIdentity(username, email, verified);
        return username;
    }

    private Actor admin() {
        return new Actor(people.findByUsername("admin").orElseThrow().id(), Role.ADMIN, Source.API);
    }

    /** A coordinator with this address and a password the admin chose (so it must be changed at sign-in). */
    private String newCoordinator(String email) {
        String lincoln = people.findOrganizationByName("Lincoln High School", Organization.Kind.SCHOOL).orElseThrow().id();
        return administration.create(admin(), new UserAdministration.NewUser(
                        "sso" + UUID.randomUUID().toString().substring(0, 12), "Test Coordinator", email,
                        Role.COORDINATOR, null, List.of(lincoln)), "orchid tractor meadow 9", encoder::encode);
    }

    private URI app(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String csrf(String html, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(html);
        if (!m.find()) {
            throw new AssertionError("No CSRF token in: " + html);
        }
        return m.group(1);
    }

    /** A browser: follows redirects between Pathwork and the provider, and keeps each one's cookies. */
    private final class Browser {

        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        /** Presses "Sign in with ..." and signs in at the provider; the answer is where the browser ends up. */
        HttpResponse<String> signInThroughProvider(String username) {
            HttpResponse<String> providerLogin = send(HttpRequest.newBuilder(app("/oauth2/authorization/school")).build());
            assertThat(providerLogin.uri().toString()).startsWith(provider.issuer() + "/login");
            String csrf = csrf(providerLogin.body(), "name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");
            return post(providerLogin.uri(), "username=" + enc(username) + "&password="
                    + enc(TestOpenIdProvider.PASSWORD) + "&_csrf=" + enc(csrf));
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(app(path)).header("Accept", "application/json").build());
        }

        HttpResponse<String> post(URI uri, String form) {
            return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }

        HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
