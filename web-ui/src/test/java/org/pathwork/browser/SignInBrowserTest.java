package org.pathwork.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class SignInBrowserTest extends BrowserTest {

    @Test
    void aCoordinatorSignsInLandsOnTheInboxAndSignsOut() {
        signInAs("coordinator");
        assertThat(await(By.id("signed-in-user")).getText()).contains("Casey Coordinator");
        assertThat(browser.getTitle()).contains("Inbox");
        screenshot("inbox-coordinator");
        browser.findElement(By.id("sign-out")).click();
        await(By.cssSelector("input[name='username']"));
        screenshot("login");
    }

    @Test
    void aWrongPasswordIsRefusedOnTheLoginPage() {
        browser.manage().deleteAllCookies();
        open("login");
        await(By.cssSelector("input[name='username']")).sendKeys("student");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("wrong");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("error"));
        assertThat(browser.findElements(By.id("signed-in-user"))).isEmpty();
    }

    @Test
    void withoutSingleSignOnConfiguredTheSignInPageOffersPasswordsOnly() {
        browser.manage().deleteAllCookies();
        open("login");
        await(By.cssSelector("input[name='username']"));
        assertThat(browser.findElements(By.cssSelector("a[href*='oauth2/authorization']"))).isEmpty();
        assertThat(browser.findElements(By.id("sso-refusal"))).allSatisfy(p -> assertThat(p.isDisplayed()).isFalse());
    }
}
