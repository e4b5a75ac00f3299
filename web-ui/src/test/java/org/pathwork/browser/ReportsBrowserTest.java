package org.pathwork.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.people.UserAccounts;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.DurableSkillRatings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The reports page in Chromium, for a coordinator of a school of its own whose students make groups
 * both shown and hidden (12 Hispanic or Latino, 10 of them evaluated; 11 White; 3 Asian): at a
 * desktop's width and a phone's, axe-core finds nothing serious, nothing scrolls sideways, the charts
 * are there as named images, and the CSV link downloads the report as CSV. One of the students, with
 * two evaluated placements, reads how their skills grew on My placements, as their coordinator does on a
 * placement's page, at both widths too.
 */
class ReportsBrowserTest extends BrowserTest {

    @Autowired PeopleDirectory people;
    @Autowired UserAccounts accounts;
    @Autowired PasswordEncoder passwords;
    @Autowired OpportunityService opportunities;
    @Autowired PlacementService placements;
    @Autowired JdbcClient jdbc;

    private static String coordinatorUsername;
    /** A Hispanic or Latino student of the population with two evaluated placements, and an account. */
    private static String studentUsername;
    private static String secondPlacement;

    @BeforeEach
    void population() {
        if (coordinatorUsername == null || people.findByUsername(coordinatorUsername).isEmpty()) {
            coordinatorUsername = seed();
        }
    }

    @AfterEach
    void desktop() {
        desktopWidth();
    }

    @Test
    void theReportsPassAxeAndFitADesktop() {
        signInAs(coordinatorUsername);
        open("reports");
        awaitText(By.id("participation-suppression"), "Asian");
        assertCharts();
        assertThat(await(By.id("participation-figures")).isDisplayed()).isTrue();
        assertAccessible("coordinator-reports-1280");
        assertNothingScrollsSideways("coordinator-reports-1280");
        scrollTo(browser.findElement(By.id("skills-heading")));
        screenshot("coordinator-reports-1280-skills");
    }

    @Test
    void onAPhoneTheFiltersFoldAndEachGroupIsACard() {
        signInAs(coordinatorUsername);
        phoneWidth();
        open("reports");
        awaitText(By.id("participation-suppression"), "Asian");
        WebElement filters = await(By.id("filters"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "false".equals(filters.getDomProperty("opened")));
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id("participation-figures-cards")).isDisplayed());
        assertThat(browser.findElement(By.id("participation-figures")).isDisplayed()).isFalse();
        assertCharts();
        assertAccessible("coordinator-reports-390");
        assertNothingScrollsSideways("coordinator-reports-390");
        assertNoSidewaysScroll();
    }

    @Test
    void aStudentsSkillsAcrossPlacementsFitAPhoneOnMyPlacementsAndOnTheCoordinatorsPlacementPage() {
        for (String[] screen : List.of(new String[]{studentUsername, "my-placements", "student-my-placements-skills"},
                new String[]{coordinatorUsername, "placements/" + secondPlacement, "coordinator-placement-skills"})) {
            signInAs(screen[0]);
            for (boolean phone : List.of(false, true)) {
                if (phone) {
                    phoneWidth();
                } else {
                    desktopWidth();
                }
                open(screen[1]);
                String name = screen[2] + (phone ? "-390" : "-1280");
                String shown = phone ? "skills-growth-cards" : "skills-growth-table";
                new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.id(shown)).isDisplayed());
                scrollTo(browser.findElement(By.id("skills-growth-heading")));
                assertThat(browser.findElement(By.id(shown)).getText()).as(name).contains("Exploration", "Preparation",
                        "1 Beginning", "+1 level");
                assertAccessible(name);
                assertNothingScrollsSideways(name);
            }
            desktopWidth();
        }
    }

    @Test
    void theCsvLinkDownloadsTheReportAsCsv() {
        signInAs(coordinatorUsername);
        open("reports");
        WebElement link = await(By.id("participation-csv"));
        assertThat(link.getDomAttribute("download")).isNotNull();
        @SuppressWarnings("unchecked")
        List<Object> response = (List<Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href, {credentials: 'same-origin'})
                  .then(r => r.text().then(t => done([r.status, r.headers.get('content-type'), t])))
                  .catch(e => done(['failed', String(e), '']));""", link);
        assertThat(response.get(0)).isEqualTo(200L);
        assertThat((String) response.get(1)).startsWith("text/csv");
        assertThat((String) response.get(2))
                .startsWith("Race and ethnicity,students,applied,approved,participants,")
                .contains("\r\nHispanic or Latino,12,12,11,10,")
                .contains("\r\nAsian,,,,,,,,,,,,suppressed: fewer than the smallest group shown\r\n");
    }

    /** Each chart is an SVG image named by its title, in the SVG namespace (drawn, not left as unknown HTML). */
    private void assertCharts() {
        for (String id : List.of("participation-chart", "completion-chart", "skills-chart")) {
            WebElement svg = await(By.cssSelector("#" + id + " svg"));
            assertThat(svg.getDomAttribute("role")).as(id).isEqualTo("img");
            Object drawn = ((JavascriptExecutor) browser).executeScript(
                    "return arguments[0].namespaceURI === 'http://www.w3.org/2000/svg' && arguments[0].getBBox().width > 0;",
                    svg);
            assertThat(drawn).as(id + " drawn as SVG").isEqualTo(true);
            assertThat(svg.getRect().getWidth()).as(id + " width").isPositive();
        }
        assertThat(browser.findElement(By.cssSelector("#participation-chart svg")).getText()).contains("Hispanic or Latino");
    }

    /** The school, its coordinator (password "demo", as the demo people), an internship and 26 students. */
    private String seed() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = placements.today();
        Organization school = people.addOrganization("Reports High " + tag, Organization.Kind.SCHOOL);
        Organization employer = people.addOrganization("Reports Clinic " + tag, Organization.Kind.EMPLOYER);
        String username = "reports-coordinator-" + tag;
        Person c = people.addPerson(username, "Robin Reports", null, Role.COORDINATOR, null, null, null);
        people.changeRole(c.id(), Role.COORDINATOR, null, null, null, List.of(school.id()));
        accounts.create(c.id(), passwords.encode("demo"));
        Actor coordinator = new Actor(c.id(), Role.COORDINATOR, Source.API);
        Person s = people.addPerson("reports-supervisor-" + tag, "Sam Reports", null, Role.SUPERVISOR, null, null,
                employer.id());
        Actor supervisor = new Actor(s.id(), Role.SUPERVISOR, Source.API);
        String internship = opportunities.publish(coordinator, new OpportunityService.NewOpportunity(
                "Reports internship " + tag, employer.id(), "Front desk", "Health Science", Stage.PREPARATION,
                OpportunityType.INTERNSHIP, true, 40, 14, s.id(), 1));
        String jobShadow = opportunities.publish(coordinator, new OpportunityService.NewOpportunity(
                "Reports job shadow " + tag, employer.id(), "A day on the ward", "Health Science", Stage.EXPLORATION,
                OpportunityType.JOB_SHADOW, false, 5, 14, s.id(), 1));

        for (int i = 0; i < 26; i++) {
            String race = i < 12 ? "hispanic_or_latino" : i < 23 ? "white" : "asian";
            Person student = people.addPerson("reports-student-" + UUID.randomUUID().toString().substring(0, 8),
                    "Student " + i + " " + tag, null, Role.STUDENT, today.minusYears(18).minusDays(40), school.id(), null);
            jdbc.sql("insert into demographics (person_id, sex, " + race + ") values (?, ?, true)")
                    .params(student.id(), i % 2 == 0 ? "female" : "male").update();
            boolean applies = i < 11 || (i >= 12 && i < 17) || i >= 24;
            if (!applies) {
                continue;
            }
            String id = placements.apply(new Actor(student.id(), Role.STUDENT, Source.API), internship,
                    List.of("Learn how a clinic runs"), today.minusDays(3), today.plusDays(30));
            if (i == 10) {
                continue;
            }
            placements.approve(coordinator, id, null, null, null);
            if (i < 10) {
                placements.start(coordinator, id);
                placements.end(coordinator, id);
                placements.submitEvaluation(supervisor, id, new DurableSkillRatings(1 + i % 4, 3, 3, 2, 4, 3), null);
            }
            if (i == 0) {
                // then a second placement, at another stage, rated higher
                accounts.create(student.id(), passwords.encode("demo"));
                studentUsername = student.username();
                secondPlacement = placements.apply(new Actor(student.id(), Role.STUDENT, Source.API), jobShadow,
                        List.of("See a ward at work"), today.minusDays(2), today.plusDays(5));
                placements.approve(coordinator, secondPlacement, null, null, null);
                placements.start(coordinator, secondPlacement);
                placements.end(coordinator, secondPlacement);
                placements.submitEvaluation(supervisor, secondPlacement, new DurableSkillRatings(2, 3, 3, 2, 4, 3), null);
            }
        }
        return username;
    }
}
