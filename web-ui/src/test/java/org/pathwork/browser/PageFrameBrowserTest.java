package org.pathwork.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * What every page shares: its own files load (no 4xx for the stylesheet, the icon, Vaadin's
 * bundle), it says it is in English, a keyboard can skip to the content, an error is announced at
 * the top where it covers no part of the form and can be closed, and a page that does not exist
 * shows inside the app's frame with a way back.
 */
class PageFrameBrowserTest extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("<link\\b([^>]*)>");
    private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]+)\"");
    private static final Pattern REL = Pattern.compile("\\brel=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void desktop() {
        desktopWidth();
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSignInPagesStylesheetsAndIconsLoadWithoutSigningIn() throws Exception {
        HttpResponse<String> page = get("/login", Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("themes//");

        List<String> links = new ArrayList<>();
        Matcher link = LINK.matcher(page.body());
        while (link.find()) {
            Matcher rel = REL.matcher(link.group(1));
            Matcher href = HREF.matcher(link.group(1));
            if (rel.find() && href.find() && List.of("stylesheet", "icon").contains(rel.group(1))) {
                links.add(href.group(1));
            }
        }
        assertThat(links).as("the page's stylesheet and icon").contains("assets/pathwork.css", "assets/icon.svg");
        for (String href : links) {
            HttpResponse<String> file = get("/" + href.replaceFirst("^\\./", ""), Map.of());
            assertThat(file.statusCode()).as(href).isEqualTo(200);
        }
        HttpResponse<String> favicon = get("/favicon.ico", Map.of());
        assertThat(favicon.statusCode()).isEqualTo(200);
        assertThat(favicon.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/"));
    }

    @Test
    void noRequestOfTheSignInPageOrTheInboxFails() {
        browser.manage().deleteAllCookies();
        open("login");
        assertThat(failedRequests()).isEmpty();
        signInAs("student");
        assertThat(failedRequests()).isEmpty();
    }

    /** Left to itself Vaadin names the browser's language or the server's; the words are English. */
    @Test
    void thePageSaysItIsInEnglishOnAGermanServerToAGermanBrowser() throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            HttpResponse<String> page = get("/login", Map.of("Accept-Language", "de-DE,de;q=0.9"));
            assertThat(page.body()).containsPattern("<html[^>]* lang=\"en\"");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theFirstTabOffersToSkipToTheContent() {
        signInAs("coordinator");
        open("placements");
        ((JavascriptExecutor) browser).executeScript("document.activeElement && document.activeElement.blur()");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getAttribute("id")).isEqualTo("skip-to-content");
        assertThat(skip.isDisplayed()).isTrue();
        skip.sendKeys(Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main-content");
        assertThat(browser.getCurrentUrl()).endsWith("/placements");
    }

    @Test
    void anErrorIsAnnouncedAtTheTopCoversNoPartOfTheFormOnAPhoneAndCanBeClosed() {
        signInAs("student");
        phoneWidth();
        open("password");
        type("password-current", "not my password");
        type("password-new", "seven unrelated words go here");
        type("password-repeat", "seven unrelated words go here");
        click("password-save");
        WebElement card = await(By.cssSelector("vaadin-notification-card[theme~='error']"));
        assertThat(card.getAttribute("role")).isEqualTo("alert");
        assertThat(card.getAttribute("slot")).isEqualTo("top-center");
        for (String id : List.of("password-current", "password-new", "password-repeat", "password-save")) {
            assertThat(overlaps(card, browser.findElement(By.id(id)))).as(id + " is covered").isFalse();
        }
        screenshot("student-password-error-390");

        WebElement close = card.findElement(By.cssSelector("vaadin-button[aria-label='Close']"));
        close.click();
        waitForVaadin();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("vaadin-notification-card[theme~='error']")).isEmpty());
    }

    @Test
    void aPageThatDoesNotExistShowsInsideTheAppWithAWayBack() {
        signInAs("supervisor");
        open("no-such-page");
        await(By.id("error-heading"));
        assertThat(browser.findElement(By.id("main-content")).getText()).contains("Page not found");
        assertThat(browser.findElement(By.id("signed-in-user")).getText()).contains("Sam Supervisor");
        browser.findElement(By.id("error-start-page")).click();
        await(By.id("signed-in-user"));
        assertThat(browser.getTitle()).contains("Inbox");
    }

    private boolean overlaps(WebElement a, WebElement b) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript("""
                const r = arguments[0].getBoundingClientRect(), s = arguments[1].getBoundingClientRect();
                return r.left < s.right && s.left < r.right && r.top < s.bottom && s.top < r.bottom;""", a, b);
    }
}
