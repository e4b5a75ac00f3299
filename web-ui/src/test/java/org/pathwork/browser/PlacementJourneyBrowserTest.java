package org.pathwork.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * One placement walked through the UI in a real browser, each person in turn: the student
 * applies, the coordinator approves, the supervisor starts it and logs hours (also at phone
 * width), the student reflects, the coordinator accepts, the supervisor ends and evaluates, the
 * coordinator signs off. Screenshots of the main screens land in target/screenshots.
 */
class PlacementJourneyBrowserTest extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/New_York"));

    @Test
    void aPlacementFromApplicationToSignOffThroughTheUi() {
        // the student finds the clinic internship and applies
        signInAs("student");
        open("opportunities");
        WebElement cluster = await(By.cssSelector("#filter-cluster input"));
        cluster.sendKeys("Health Science");
        await(By.xpath("//vaadin-combo-box-item[normalize-space()='Health Science']")).click();
        waitForVaadin();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector(".apply-button")).stream().filter(WebElement::isDisplayed).count() == 1);
        screenshot("student-opportunities");
        browser.findElements(By.cssSelector(".apply-button")).stream().filter(WebElement::isDisplayed).findFirst()
                .orElseThrow().click();
        waitForVaadin();
        type("learning-goals", "Learn how patient intake works\nPractise calm phone calls");
        pickDate("planned-start", TODAY.minusDays(7));
        pickDate("planned-end", TODAY.plusDays(30));
        screenshot("student-apply");
        click("apply-submit");
        awaitStatus("applied");
        String placementPath = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("placements/"));
        screenshot("student-placement-applied");

        // the coordinator approves it from the review queue
        signInAs("coordinator");
        open("review");
        screenshot("coordinator-review-queue");
        open(placementPath);
        awaitText(By.id("applicant-age"), "18 years");
        // one decision: without a choice it is refused, and the keyboard lands on the choice
        click("review-submit");
        awaitFocusIn("review-decision");
        WebElement approve = await(By.cssSelector("#review-decision vaadin-radio-button:nth-of-type(1)"));
        scrollTo(approve);
        approve.click();
        waitForVaadin();
        type("approve-required-hours", "2");
        screenshot("coordinator-review-decision");
        click("review-submit");
        awaitStatus("approved");
        screenshot("coordinator-approved");

        // the supervisor starts it and logs two hours, first checking the form at phone width
        signInAs("supervisor");
        open(placementPath);
        click("start-button");
        awaitStatus("active");
        phoneWidth();
        type("hours-hours-1", "2");
        type("hours-activity-1", "Front desk: patient intake");
        screenshot("supervisor-hours-phone");
        desktopWidth();
        click("hours-submit");
        awaitText(By.id("hours-progress-label"), "2 h of 2 h required");
        screenshot("supervisor-hours-logged");

        // the student writes the final reflection
        signInAs("student");
        open(placementPath);
        type("reflection-text", "I learned that listening comes before helping.");
        click("submit-final-reflection");
        awaitText(By.tagName("body"), "I learned that listening comes before helping.");

        // the coordinator accepts it
        signInAs("coordinator");
        open(placementPath);
        click("accept-reflection-0");
        awaitText(By.tagName("body"), "Final reflection (accepted)");
        // suspending is in the "More actions" menu and asks for a reason in a dialog that starts in its field
        await(By.cssSelector("#more-actions vaadin-menu-bar-button")).click();
        await(By.id("suspend-button")).click();
        waitForVaadin();
        awaitFocusIn("suspend-reason");
        assertThat(await(By.id("suspend-confirm")).getAttribute("disabled")).isNotNull();
        screenshot("coordinator-suspend-dialog");
        click("suspend-cancel");
        awaitStatus("active");

        // the supervisor ends the placement and submits the evaluation
        signInAs("supervisor");
        open(placementPath);
        click("end-button");
        click("end-confirm");
        awaitStatus("ended");
        for (String skill : new String[]{"critical-thinking", "collaboration", "communication", "creativity",
                "growth-mindset", "professionalism"}) {
            WebElement level3 = await(By.cssSelector("#rating-" + skill + " vaadin-radio-button:nth-of-type(3)"));
            scrollTo(level3);
            level3.click();
        }
        type("evaluation-comment", "Calm, reliable and curious.");
        screenshot("supervisor-evaluation");
        click("evaluation-submit");
        waitForVaadin();

        // the coordinator signs off; the timeline tells the whole story
        signInAs("coordinator");
        open(placementPath);
        click("sign-off-button");
        awaitStatus("completed");
        screenshot("coordinator-completed-with-timeline");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Signed off the placement as completed.");
    }

    private void awaitFocusIn(String id) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "const a = document.activeElement; return a !== null && a.closest('#' + arguments[0]) !== null;",
                        id)));
    }
}
