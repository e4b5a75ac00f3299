package org.pathwork.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * In a real browser, under the UI's Content-Security-Policy: a signed-in screen left alone returns
 * to the sign-in page by itself within 5 seconds of an admin disabling its person, with no
 * notification to click.
 */
class SessionEndsInBrowserTest extends BrowserTest {

    @Autowired UserAdministration administration;
    @Autowired PeopleDirectory people;
    @Autowired PasswordEncoder encoder;

    @Test
    void anOpenScreenGoesBackToSignInWhenItsPersonIsDisabled() {
        Actor admin = new Actor(people.findByUsername("admin").orElseThrow().id(), Role.ADMIN, Source.UI);
        String username = "b" + UUID.randomUUID().toString().substring(0, 12);
        String lincoln = people.findOrganizationByName("Lincoln High School",
                org.pathwork.workflow.people.Organization.Kind.SCHOOL).orElseThrow().id();
        String id = administration.create(admin, new UserAdministration.NewUser(username, "Bea Browser", null,
                Role.COORDINATOR, null, java.util.List.of(lincoln)), "orchid tractor meadow 9", encoder::encode);
        administration.changeOwnPassword(new Actor(id, Role.COORDINATOR, Source.UI), "orchid tractor meadow 9",
                "correct horse 42", encoder::matches, encoder::encode);

        browser.manage().deleteAllCookies();
        open("login");
        await(By.cssSelector("input[name='username']")).sendKeys(username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("correct horse 42");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        assertThat(await(By.id("signed-in-user")).getText()).contains("Bea Browser");

        administration.disable(admin, id);

        new WebDriverWait(browser, Duration.ofSeconds(5)).pollingEvery(Duration.ofMillis(100))
                .until(d -> d.getCurrentUrl().contains("/login") && !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
        assertThat(browser.findElements(By.id("signed-in-user"))).isEmpty();
        screenshot("session-ended");
    }
}
