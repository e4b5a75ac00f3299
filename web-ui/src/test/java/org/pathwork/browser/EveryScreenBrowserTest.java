package org.pathwork.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.deque.html.axecore.results.Results;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.placement.PlacementService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every screen of every role, at a desktop's width (1280 × 800) and a phone's (390 × 844), as its
 * people see it: axe-core finds nothing serious or critical, the frame has one {@code main}
 * landmark, nothing scrolls sideways, and the page's own files (styles, scripts) all load. Each
 * screen is photographed as web-ui/target/screenshots/role-screen-width.png. One test per screen
 * and width, so a run lists every screen that fails, not only the first.
 */
class EveryScreenBrowserTest extends BrowserTest {

    private static final Dimension DESKTOP = new Dimension(1280, 800);
    private static final Dimension PHONE = new Dimension(390, 844);

    /** axe-core's rules about landmarks: every screen's content sits in one {@code main}. */
    private static final Set<String> LANDMARK_RULES = Set.of("landmark-one-main", "landmark-no-duplicate-main",
            "landmark-main-is-top-level", "landmark-unique", "region");

    @Autowired PlacementService placements;
    @Autowired OpportunityService opportunities;
    @Autowired PeopleDirectory people;

    /** Who is signed in in the browser now (null: nobody), so each role signs in once. */
    private String signedIn;

    private record Screen(String name, String path) {
    }

    @AfterAll
    static void desktopAgain() {
        if (browser != null) {
            browser.manage().window().setSize(DESKTOP);
        }
    }

    @TestFactory
    Stream<DynamicNode> everyScreenOfEveryRoleAtDesktopAndPhoneWidth() {
        DemoPlacements demo = new DemoPlacements(people, opportunities, placements);
        String approved = demo.approved();
        String active = activeWithHours(demo);
        String applied = applied(demo);
        String placement = "placements/";
        return Stream.of(
                // someone not signed in who asks for any other page is sent here (the error pages
                // they may meet are checked in ErrorViewsTest)
                role(null, List.of(new Screen("sign-in", "login"))),
                role("student", List.of(
                        new Screen("inbox", ""),
                        new Screen("opportunities", "opportunities"),
                        new Screen("my-placements", "my-placements"),
                        new Screen("placement", placement + approved),
                        new Screen("hours", placement + active),
                        new Screen("mail-settings", "settings/notifications"),
                        new Screen("change-password", "password"),
                        new Screen("not-found", "no-such-page"))),
                role("supervisor", List.of(
                        new Screen("inbox", ""),
                        new Screen("my-students", "supervised"),
                        new Screen("placement", placement + approved),
                        new Screen("hours", placement + active),
                        new Screen("mail-settings", "settings/notifications"),
                        new Screen("change-password", "password"),
                        new Screen("not-found", "no-such-page"))),
                role("coordinator", List.of(
                        new Screen("inbox", ""),
                        new Screen("review-queue", "review"),
                        new Screen("review", placement + applied),
                        new Screen("placement", placement + active),
                        new Screen("all-placements", "placements"),
                        new Screen("opportunities", "manage-opportunities"),
                        new Screen("dashboard", "dashboard"),
                        new Screen("reports", "reports"),
                        new Screen("mail-settings", "settings/notifications"),
                        new Screen("change-password", "password"),
                        new Screen("not-found", "no-such-page"))),
                role("admin", List.of(
                        new Screen("inbox", ""),
                        new Screen("users", "admin/users"),
                        new Screen("organizations", "admin/organizations"),
                        new Screen("roster-import", "admin/roster"),
                        new Screen("outbox", "admin/outbox"),
                        new Screen("consistency", "admin/consistency"),
                        new Screen("read-models", "admin/read-models"),
                        new Screen("change-password", "password"),
                        new Screen("not-found", "no-such-page"))));
    }

    private DynamicContainer role(String username, List<Screen> screens) {
        String role = username == null ? "anonymous" : username;
        List<DynamicNode> tests = new ArrayList<>();
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            for (Screen screen : screens) {
                String name = role + "-" + screen.name() + "-" + size.getWidth();
                tests.add(DynamicTest.dynamicTest(name, () -> check(username, screen, size, name)));
            }
        }
        return DynamicContainer.dynamicContainer(role, tests);
    }

    private void check(String username, Screen screen, Dimension size, String name) {
        if (username == null ? signedIn != null : !username.equals(signedIn)) {
            browser.manage().window().setSize(DESKTOP);
            if (username == null) {
                browser.manage().deleteAllCookies();
            } else {
                signInAs(username);
            }
            signedIn = username;
        }
        browser.manage().window().setSize(size);
        open(screen.path());
        Results report = axe();
        assertAll(name,
                () -> assertAccessible(name, report),
                () -> assertOneMainLandmark(name, report),
                () -> assertNothingScrollsSideways(name),
                () -> assertThat(frameProblems(size == PHONE)).as(name + ": the frame").isEmpty(),
                () -> assertThat(failedRequests()).as(name + ": requests that failed").isEmpty());
    }

    /**
     * axe-core's landmark rules, less one element: Vaadin appends its connection indicator (a hidden
     * "Online"/"Reconnecting" status) to the end of {@code <body>}, outside any element of ours.
     */
    private static void assertOneMainLandmark(String name, Results report) {
        List<String> landmarks = report.getViolations().stream().filter(r -> LANDMARK_RULES.contains(r.getId()))
                .flatMap(rule -> rule.getNodes().stream()
                        .filter(node -> !String.valueOf(node.getTarget()).contains("vaadin-connection-indicator"))
                        .map(node -> rule.getId() + " " + node.getTarget()))
                .toList();
        assertThat(landmarks).as(name + ": content outside the landmarks, or not one main").isEmpty();
    }

    /**
     * On a signed-in screen: the header keeps to one line (the name cut short rather than wrapped),
     * and on a phone the menu starts closed, leaving the screen to the content.
     */
    @SuppressWarnings("unchecked")
    private List<String> frameProblems(boolean phone) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const out = [];
                const layout = document.querySelector('vaadin-app-layout');
                const header = document.getElementById('app-header');
                if (!layout || !header) { return out; }
                if (arguments[0] && layout.drawerOpened) { out.push('the menu is open on a phone'); }
                for (const e of [document.getElementById('signed-in-user'), header.querySelector('h1')]) {
                  const line = parseFloat(getComputedStyle(e).lineHeight);
                  if (e.getBoundingClientRect().height > 1.5 * line) {
                    out.push((e.id || e.localName) + ' takes ' + Math.round(e.getBoundingClientRect().height / line) + ' lines');
                  }
                }
                if (header.getBoundingClientRect().height > 64) {
                  out.push('the header is ' + header.getBoundingClientRect().height + ' px high');
                }
                return out;""", phone);
    }

    /** An active placement of the demo student with hours confirmed, hours waiting, feedback and a journal entry. */
    private String activeWithHours(DemoPlacements demo) {
        Actor supervisor = demo.person("supervisor");
        Actor student = demo.person("student");
        String id = demo.approved();
        placements.start(supervisor, id);
        LocalDate today = placements.today();
        placements.logHours(supervisor, id, today.minusDays(1), 150, "Front desk: patient intake");
        placements.logHours(student, id, today, 90, "Filed the morning's intake forms");
        placements.giveFeedback(supervisor, id, "Calm with patients; ask sooner when unsure.");
        placements.submitReflection(student, id, "Listening comes before helping.", false);
        return id;
    }

    /** An application of another demo student, waiting for the coordinator's decision. */
    private String applied(DemoPlacements demo) {
        String opportunity = opportunities.list(demo.person("coordinator"), 0, 50).stream()
                .filter(o -> o.title().equals("A day with a civil engineer")).findFirst().orElseThrow().id();
        LocalDate today = placements.today();
        return placements.apply(demo.person("student2"), opportunity, List.of("See how a site visit works",
                "Ask an engineer about their training"), today.plusDays(7), today.plusDays(8));
    }
}
