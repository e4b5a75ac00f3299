package org.pathwork.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.placement.PlacementService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lists with the keyboard only, every key sent to whatever has the focus: the inbox opens on its
 * heading, so Tab and Enter open the first task; a row of "My placements" opens with Enter; marking the
 * updates read leaves the focus on their heading. On a phone the inbox does not scroll sideways.
 */
class KeyboardBrowserTest extends BrowserTest {

    @Autowired PlacementService placements;
    @Autowired OpportunityService opportunities;
    @Autowired PeopleDirectory people;
    /** Not "Health Science", which PlacementJourneyBrowserTest filters by. */
    private static final String CLUSTER = "Information Technology";
    private DemoPlacements demo;

    @BeforeEach
    void demoPlacements() {
        demo = new DemoPlacements(people, opportunities, placements);
        desktopWidth();
    }

    @AfterEach
    void desktop() {
        desktopWidth();
    }

    @Test
    void tabAndEnterOpenTheFirstTaskOfTheInbox() {
        demo.approved(CLUSTER);
        signInAs("supervisor");
        open("");
        await(By.id("inbox"));
        awaitFocusOn("the inbox's heading", "document.activeElement.id === 'inbox-title'");
        String first = browser.findElement(By.cssSelector("#inbox li a")).getAttribute("href");
        screenshot("supervisor-inbox");

        press(Keys.TAB);
        assertThat(js("return document.activeElement.href")).isEqualTo(first);
        press(Keys.ENTER);
        awaitUrl(first);
        await(By.id("placement-status"));
    }

    @Test
    void enterOpensARowOfMyPlacements() {
        String id = demo.approved(CLUSTER);
        signInAs("student");
        open("my-placements");
        await(By.id("my-placements"));
        awaitFocusOn("the page's heading", "document.activeElement.localName === 'h2'");

        // Tab into the grid (its header first), then to the first row: the newest placement, this one
        for (int presses = 0; !focusIsOnABodyCell(); presses++) {
            assertThat(presses).as("Tab presses to reach the first row").isLessThan(3);
            press(Keys.TAB);
        }
        press(Keys.ENTER);
        awaitUrl("placements/" + id);
        await(By.id("placement-status"));
    }

    @Test
    void markingTheUpdatesReadLeavesTheFocusOnTheirHeading() {
        demo.approved(CLUSTER); // the supervisor is told that it waits for them to start it
        signInAs("supervisor");
        open("");
        click("updates-read");
        awaitFocusOn("the updates' heading", "document.activeElement.id === 'updates-title'");
        assertThat(browser.findElement(By.id("updates-title")).getText()).isEqualTo("Updates");
    }

    @Test
    void theInboxFitsAPhone() {
        demo.approved(CLUSTER);
        signInAs("supervisor");
        phoneWidth();
        open("");
        await(By.id("inbox"));
        assertNoSidewaysScroll();
        assertNothingSticksOut();
        screenshot("supervisor-inbox-phone");

        signInAs("student");
        open("my-placements");
        await(By.id("my-placements"));
        assertNoSidewaysScroll();
        assertNothingSticksOut();
        screenshot("student-my-placements-phone");
    }

    /** No element of the screen reaches past the window's right edge, so no part of it scrolls sideways either. */
    private void assertNothingSticksOut() {
        assertThat((java.util.List<?>) js("""
                return [...document.querySelectorAll('vaadin-app-layout *')]
                    .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > window.innerWidth + 1; })
                    .map(e => e.localName + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : ''));""")).isEmpty();
    }

    private void press(CharSequence key) {
        browser.switchTo().activeElement().sendKeys(key);
        waitForVaadin();
    }

    private boolean focusIsOnABodyCell() {
        return Boolean.TRUE.equals(js("""
                const grid = document.activeElement;
                const cell = grid && grid.shadowRoot && grid.shadowRoot.activeElement;
                return grid.id === 'my-placements' && !!cell && cell.localName === 'td'
                    && (cell.getAttribute('part') || '').includes('body-cell');"""));
    }

    private void awaitFocusOn(String what, String condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage("the focus is on " + what)
                .until(d -> Boolean.TRUE.equals(js("return " + condition)));
    }

    private void awaitUrl(String ending) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith(ending.replaceFirst("^https?://[^/]+/", "")));
        waitForVaadin();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
