package org.pathwork.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.placement.PlacementService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The placement page at 390 × 844 for the student and the coordinator: neither the page nor its hours
 * and timeline grids scroll sideways; and after the student logs hours, focus is on the status line.
 */
class PlacementPageOnAPhoneBrowserTest extends BrowserTest {

    @Autowired PlacementService placements;
    @Autowired OpportunityService opportunities;
    @Autowired PeopleDirectory people;
    private DemoPlacements demo;

    @BeforeEach
    void demoPlacements() {
        demo = new DemoPlacements(people, opportunities, placements);
    }

    @AfterEach
    void desktop() {
        desktopWidth();
    }

    @Test
    void theHoursAndTheTimelineFitAPhoneForTheStudentAndTheCoordinator() {
        String id = demo.approved();
        Actor supervisor = demo.person("supervisor");
        placements.start(supervisor, id);
        LocalDate today = placements.today();
        placements.logHours(supervisor, id, today.minusDays(1), 150,
                "Front desk: greeted patients, checked them in and answered the phone between appointments");
        placements.logHours(demo.person("student"), id, today.minusDays(2), 45, "Filing and restocking the waiting room");

        signInAs("student");
        phoneWidth();
        open("placements/" + id);
        await(By.id("timeline"));
        assertFits();
        screenshot("student-placement-phone");

        type("hours-hours-1", "1");
        type("hours-activity-1", "Answered the phone");
        screenshotAt("hours-date-1", "student-placement-phone-hours-form");
        click("hours-submit");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "placement-status-line".equals(
                ((JavascriptExecutor) d).executeScript("return document.activeElement && document.activeElement.id")));
        assertFits();
        screenshotAt("hours", "student-placement-phone-hours");
        screenshotAt("timeline", "student-placement-phone-timeline");

        signInAs("coordinator");
        phoneWidth();
        open("placements/" + id);
        await(By.id("timeline"));
        assertFits();
        screenshot("coordinator-placement-phone");
        screenshotAt("timeline", "coordinator-placement-phone-timeline");
    }

    private void screenshotAt(String id, String name) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});", await(By.id(id)));
        screenshot(name);
    }

    /** Neither the page nor the hours and timeline grids inside it can be scrolled sideways. */
    @SuppressWarnings("unchecked")
    private void assertFits() {
        assertNoSidewaysScroll();
        for (String grid : new String[]{"hours", "timeline"}) {
            List<Number> widths = (List<Number>) ((JavascriptExecutor) browser).executeScript("""
                    const grid = document.getElementById(arguments[0]);
                    const table = grid.shadowRoot.querySelector('#table');
                    return [table.scrollWidth, table.clientWidth, grid.getBoundingClientRect().right,
                            document.documentElement.clientWidth];""", grid);
            assertThat(widths.get(0).longValue()).as(grid + " scrolls sideways inside").isLessThanOrEqualTo(
                    widths.get(1).longValue());
            assertThat(widths.get(2).doubleValue()).as(grid + " ends inside the screen").isLessThanOrEqualTo(
                    widths.get(3).doubleValue());
        }
    }
}
