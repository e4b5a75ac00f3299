package org.pathwork.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A student browses the opportunities on a phone (390 × 844): nothing scrolls sideways, the filters are
 * folded away until asked for, and each row reads as a card with the facts that matter and the action.
 */
class OpportunitiesPhoneBrowserTest extends BrowserTest {

    @AfterEach
    void desktop() {
        desktopWidth();
    }

    @Test
    void theOpportunitiesFitAPhoneWithTheFiltersFoldedAway() {
        phoneWidth();
        signInAs("student-minor");
        open("opportunities");
        WebElement filters = await(By.id("filters"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "false".equals(filters.getDomProperty("opened")));
        assertThat(browser.findElement(By.id("filter-cluster")).isDisplayed()).isFalse();
        // a card: the facts under the title, and Apply or why not beside it
        await(By.cssSelector("#opportunities [id^='facts-']"));
        assertThat(browser.findElements(By.cssSelector("#opportunities .apply-button, #opportunities .ineligible"))
                .stream().filter(WebElement::isDisplayed)).isNotEmpty();
        assertNoSidewaysScroll();
        screenshot("student-opportunities-phone");

        filters.findElement(By.cssSelector("[slot='summary']")).click();
        waitForVaadin();
        assertThat(await(By.id("filter-cluster")).isDisplayed()).isTrue();
        assertNoSidewaysScroll();
        screenshot("student-opportunities-phone-filters");
    }
}
