package org.pathwork.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.link.ActionLinks;
import org.pathwork.workflow.link.Purpose;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
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

    @AfterEach
    void desktop() {
        desktopWidth();
    }

    @Test
    void aSupervisorStartsThePlacementFromTheLinkOnAPhoneAndIsNotSignedIn() throws Exception {
        String id = approved();
        String token = links.issue(demo("supervisor").personId(), Purpose.START_PLACEMENT, id, null);

        browser.manage().deleteAllCookies();
        phoneWidth();
        open("link/" + token);
        assertThat(await(By.id("link-for")).getText()).isEqualTo("For Sam Supervisor");
        assertThat(await(By.id("link-confirm")).getText()).startsWith("Confirm the start of Alex Student");
        assertNoSidewaysScroll();
        screenshot("link-start-phone");

        click("link-confirm");
        awaitText(By.id("link-done"), "Done: Alex Student's placement has started.");
        assertNoSidewaysScroll();
        screenshot("link-start-done-phone");
        assertThat(placements.get(demo("coordinator"), id).status()).isEqualTo(PlacementStatus.ACTIVE);

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
        String id = approved();
        Actor supervisor = demo("supervisor");
        placements.start(supervisor, id);
        placements.end(supervisor, id);
        String token = links.issue(supervisor.personId(), Purpose.SUBMIT_EVALUATION, id, null);

        browser.manage().deleteAllCookies();
        phoneWidth();
        open("link/" + token);
        scrollTo(await(By.id("rating-critical-thinking")));
        assertNoSidewaysScroll();
        screenshot("link-evaluation-phone");
    }

    @Test
    void theLinkPageIsOpenToAnyoneButNeverCachedAndSendsNoReferrerToOtherSites() throws Exception {
        String token = links.issue(demo("supervisor").personId(), Purpose.START_PLACEMENT, approved(), null);
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/link/" + token)).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).as("not sent to sign in").isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }

    /** The page is no wider than the phone: nothing to scroll sideways to. */
    private void assertNoSidewaysScroll() {
        waitForVaadin();
        long scrollWidth = ((Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.clientWidth")).longValue();
        assertThat(viewport).isLessThanOrEqualTo(390);
        assertThat(scrollWidth).isLessThanOrEqualTo(viewport);
    }

    /** An approved placement of the demo student, on a fresh opportunity at the clinic with the demo supervisor. */
    private String approved() {
        Actor coordinator = demo("coordinator");
        String clinic = people.findOrganizationByName("Riverside Community Clinic", Organization.Kind.EMPLOYER)
                .orElseThrow().id();
        String opportunity = opportunities.publish(coordinator, new OpportunityService.NewOpportunity(
                "Front desk internship " + UUID.randomUUID().toString().substring(0, 6), clinic, "Greet patients.",
                "Health Science", Stage.PREPARATION, OpportunityType.INTERNSHIP, true, 2, 14,
                demo("supervisor").personId(), 20));
        LocalDate today = placements.today();
        String id = placements.apply(demo("student"), opportunity, List.of("Learn how a clinic works"),
                today.minusDays(2), today.plusDays(40));
        placements.approve(coordinator, id, null, null, null);
        return id;
    }

    private Actor demo(String username) {
        Person p = people.findByUsername(username).orElseThrow();
        return new Actor(p.id(), p.role(), Source.UI);
    }
}
