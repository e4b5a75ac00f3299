package org.pathwork.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathwork.security.TestOpenIdProvider;
import org.pathwork.workflow.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 12: a pupil presses their school's button on the sign-in page, signs in at the provider (a
 * real OpenID provider running in the test) and is in Pathwork as themselves; an identity Pathwork
 * does not know comes back to the sign-in page with a sentence naming its address. Pathwork is opened
 * at 127.0.0.1, the provider at localhost (see {@link TestOpenIdProvider}).
 */
class SingleSignOnBrowserTest extends BrowserTest {

    private static TestOpenIdProvider provider;

    @Autowired PeopleDirectory people;

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        provider = TestOpenIdProvider.start();
        provider.clientProperties("Riverside Schools").forEach((k, v) -> registry.add(k, () -> v));
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @BeforeEach
    void signedOutEverywhere() {
        // Pathwork's and the provider's cookies alike: a provider session left over would sign the next one in
        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    @Test
    void aStudentSignsInThroughTheirSchoolsButton() {
        String identity = identity("student@example.org");

        openSignInPage();
        pressProviderButtonAndSignInAs(identity);

        assertThat(await(By.id("signed-in-user")).getText())
                .contains(people.findByUsername("student").orElseThrow().displayName());
        screenshot("signed-in-through-provider");
    }

    @Test
    void anIdentityNoOneHasIsToldSoOnTheSignInPage() {
        String address = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String identity = identity(address);

        openSignInPage();
        pressProviderButtonAndSignInAs(identity);

        awaitText(By.id("sso-refusal"), "No one at Pathwork has the e-mail address " + address + ".");
        assertThat(browser.findElements(By.id("signed-in-user"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("input[name='username']"))).as("password sign-in stays")
                .isNotEmpty();
        screenshot("refused-through-provider");
    }

    private void openSignInPage() {
        browser.get("http://127.0.0.1:" + port + "/login");
        waitForVaadin();
    }

    private void pressProviderButtonAndSignInAs(String identity) {
        assertThat(await(By.id("sso-school")).getText()).isEqualTo("Sign in with Riverside Schools");
        browser.findElement(By.id("sso-school")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(provider.issuer() + "/login"));
        await(By.id("username")).sendKeys(identity);
        browser.findElement(By.id("password")).sendKeys(TestOpenIdProvider.PASSWORD);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith("http://127.0.0.1:" + port));
        waitForVaadin();
    }

    private static String identity(String email) {
        String username = "id-" + UUID.randomUUID();
        provider.addIdentity(username, email, true);
        return username;
    }
}
