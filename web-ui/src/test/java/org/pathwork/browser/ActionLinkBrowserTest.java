package org.pathwork.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.link.ActionLinks;
import org.pathwork.workflow.link.Purpose;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A supervisor on a phone opens the link from their mail, presses Confirm and is done, without
 * signing in and without being signed in afterwards; the same link then says it was used. The page
 * fits 390 px without scrolling sideways, and is neither cached nor referred to another site.
 */
class ActionLinkBrowserTest extends BrowserTest {

    @Autowired ActionLinks links;
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
    void aSupervisorStartsThePlacementFromTheLinkOnAPhoneAndIsNotSignedIn() throws Exception {
        String id = demo.approved();
        String token = links.issue(demo.person("supervisor").personId(), Purpose.START_PLACEMENT, id, null);

        browser.manage().deleteAllCookies();
        phoneWidth();
        open("link/" + token);
        assertThat(await(By.id("link-for")).getText()).isEqualTo("For Sam Supervisor");
        assertThat(await(By.id("link-confirm")).getText()).startsWith("Confirm the start of Alex Student");
        assertNoSidewaysScroll();
        assertAccessible("link-start-phone");

        click("link-confirm");
        awaitText(By.id("link-done"), "Done: Alex Student's placement has started.");
        assertNoSidewaysScroll();
        screenshot("link-start-done-phone");
        assertThat(placements.get(demo.person("coordinator"), id).status()).isEqualTo(PlacementStatus.ACTIVE);

        open("link/" + token);
        awaitText(By.id("link-refused"), "This link has already been used");
        assertThat(browser.findElements(By.id("link-confirm"))).isEmpty();
        assertNoSidewaysScroll();
        screenshot("link-used-phone");

        open("");
        await(By.cssSelector("input[name='username']"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElements(By.id("signed-in-user"))).isEmpty();
    }

    @Test
    void theEvaluationPageFitsAPhone() {
        String id = demo.approved();
        Actor supervisor = demo.person("supervisor");
        placements.start(supervisor, id);
        placements.end(supervisor, id);
        String token = links.issue(supervisor.personId(), Purpose.SUBMIT_EVALUATION, id, null);

        browser.manage().deleteAllCookies();
        phoneWidth();
        open("link/" + token);
        scrollTo(await(By.id("rating-critical-thinking")));
        assertNoSidewaysScroll();
        assertAccessible("link-evaluation-phone");
    }

    @Test
    void theLinkPageIsOpenToAnyoneButNeverCachedAndSendsNoReferrerToOtherSites() throws Exception {
        String token = links.issue(demo.person("supervisor").personId(), Purpose.START_PLACEMENT, demo.approved(), null);
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/link/" + token)).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).as("not sent to sign in").isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }

    /** The page is no wider than the phone: nothing to scroll sideways to. */


}
