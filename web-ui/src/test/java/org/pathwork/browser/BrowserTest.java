package org.pathwork.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathwork.PathworkApplication;
import org.pathwork.workflow.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a port, driven by the system's headless Chromium (installed by .ci/run:
 * {@code apt-get install chromium chromium-driver}). Screenshots go to web-ui/target/screenshots.
 * Without Chromium on the machine these tests are skipped with a message.
 */
@SpringBootTest(classes = PathworkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pathwork.demo-data=true", "camunda.bpm.job-execution.enabled=false",
                "pathwork.password-strength=4"})
public abstract class BrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    protected static final Path SCREENSHOTS = Path.of("target", "screenshots");

    protected static ChromeDriver browser;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Browser tests need Chromium: apt-get install -y chromium chromium-driver");
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,800");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    protected void open(String path) {
        browser.get("http://localhost:" + port + "/" + path);
        waitForVaadin();
    }

    /** Signs out whoever is signed in, then signs in through the login form. */
    protected void signInAs(String username) {
        browser.manage().deleteAllCookies();
        open("login");
        WebElement user = await(By.cssSelector("input[name='username']"));
        user.sendKeys(username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("demo");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        await(By.id("signed-in-user"));
        waitForVaadin();
    }

    protected WebElement await(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    protected void awaitText(By locator, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** Waits until Vaadin has no request in flight. */
    protected void waitForVaadin() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("""
                        if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) { return document.readyState === 'complete'; }
                        return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());""")));
    }

    /** Types into the input of a Vaadin field (its input sits in the light DOM). */
    protected void type(String fieldId, String text) {
        WebElement input = await(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea"));
        scrollTo(input);
        input.clear();
        input.sendKeys(text);
        input.sendKeys(org.openqa.selenium.Keys.TAB);
        waitForVaadin();
    }

    /** Sets a Vaadin date picker, as a person picking the day would. */
    protected void pickDate(String fieldId, java.time.LocalDate date) {
        WebElement picker = await(By.id(fieldId));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", picker, date.toString());
        waitForVaadin();
    }

    protected void click(String id) {
        WebElement button = await(By.id(id));
        scrollTo(button);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> button.isEnabled()
                && button.getAttribute("disabled") == null);
        button.click();
        waitForVaadin();
    }

    protected void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    protected void awaitStatus(String status) {
        awaitText(By.id("placement-status"), status);
    }

    protected void screenshot(String name) {
        waitForVaadin();
        try {
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                    SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** axe-core's impacts that fail a screen: what keeps someone from using it, not what merely hinders. */
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    /**
     * Runs axe-core on the page as it is now and fails listing every serious or critical violation
     * (rule, impact, and the selectors of the elements concerned); takes a screenshot named
     * {@code screenName} either way, so the report and the picture go together.
     */
    protected void assertAccessible(String screenName) {
        assertAccessible(screenName, axe());
    }

    /** As {@link #assertAccessible(String)}, on a report already taken of the page as it is. */
    protected void assertAccessible(String screenName, Results report) {
        screenshot(screenName);
        List<Rule> blocking = report.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .toList();
        org.assertj.core.api.Assertions.assertThat(blocking)
                .as(() -> screenName + ": axe-core found serious or critical violations:\n" + describe(blocking))
                .isEmpty();
    }

    /** axe-core's whole report on the page as it is now (every rule and impact), for checks of their own. */
    protected Results axe() {
        waitForVaadin();
        // the app has no iframes; axe's frame handling would only add a page-load time-out of a second
        // only the violations in full: the passes of every rule would be most of what crosses the wire
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        Results results = new AxeBuilder().withOptions(options).disableIframeTesting().analyze(browser);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not run: " + results.getErrorMessage());
        }
        return results;
    }

    /** One line per violation and element: "rule-id (impact) target-selector: what to fix". */
    protected static String describe(List<Rule> violations) {
        return violations.stream()
                .flatMap(rule -> rule.getNodes().stream().map(node -> "  " + rule.getId() + " (" + rule.getImpact() + ") "
                        + target(node) + (node.getFailureSummary() == null ? ""
                        : ": " + node.getFailureSummary().replace('\n', ' '))))
                .collect(Collectors.joining("\n"));
    }

    private static String target(CheckedNode node) {
        Object target = node.getTarget();
        return target instanceof List<?> path
                ? path.stream().map(String::valueOf).collect(Collectors.joining(" >> "))
                : String.valueOf(target);
    }

    /** The page fits the window's width: nothing to scroll sideways (at phone width, 390 px). */
    protected void assertNoSidewaysScroll() {
        waitForVaadin();
        long scrollWidth = ((Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.clientWidth")).longValue();
        org.assertj.core.api.Assertions.assertThat(viewport).isLessThanOrEqualTo(390);
        org.assertj.core.api.Assertions.assertThat(scrollWidth).isLessThanOrEqualTo(viewport);
    }

    /**
     * Nothing scrolls sideways at the window's width: not the page and, on a phone, no list inside it
     * (a grid that must be swiped sideways hides its columns as well as a page would).
     */
    protected void assertNothingScrollsSideways(String screenName) {
        waitForVaadin();
        @SuppressWarnings("unchecked")
        List<String> wide = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const out = [];
                const page = document.documentElement;
                if (page.scrollWidth > page.clientWidth) {
                  out.push('the page: ' + page.scrollWidth + ' px wide in a window of ' + page.clientWidth + ' px');
                }
                // the app's frame scrolls its content area itself, not the page
                const layout = document.querySelector('vaadin-app-layout');
                const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
                if (content && content.scrollWidth > content.clientWidth) {
                  out.push('the content: ' + content.scrollWidth + ' px wide in ' + content.clientWidth + ' px');
                }
                if (page.clientWidth < arguments[0]) {
                  for (const grid of document.querySelectorAll('vaadin-grid')) {
                    const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
                    if (grid.offsetParent !== null && table && table.scrollWidth > table.clientWidth + 1) {
                      out.push('grid #' + grid.id + ': ' + table.scrollWidth + ' px of columns in ' + table.clientWidth + ' px');
                    }
                  }
                }
                return out;""", org.pathwork.ui.Responsive.PHONE_MAX_WIDTH);
        org.assertj.core.api.Assertions.assertThat(wide).as(screenName + " scrolls sideways").isEmpty();
    }

    /** The page's own requests (scripts, styles, images) that failed (4xx or 5xx), as the browser timed them. */
    protected List<String> failedRequests() {
        @SuppressWarnings("unchecked")
        List<String> failed = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return performance.getEntriesByType('resource').filter(e => e.responseStatus >= 400).map(e => e.responseStatus + ' ' + e.name);""");
        return failed;
    }

    protected void phoneWidth() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    protected void desktopWidth() {
        browser.manage().window().setSize(new Dimension(1280, 800));
    }
}
