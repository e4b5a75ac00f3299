package org.pathwork.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pathwork.workflow.people.roster.RosterBundleWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser, through Vaadin's Upload: an admin uploads a OneRoster zip, reads the check's
 * report, imports it, and sees it in the history. The upload's own handler (copying the request to
 * a temporary file) runs here, which the view test cannot reach.
 */
class RosterImportBrowserTest extends BrowserTest {

    @Autowired JdbcClient jdbc;

    @Test
    void anAdministratorUploadsChecksAndImportsARoster() throws IOException {
        String t = UUID.randomUUID().toString().substring(0, 8);
        Path zip = Files.createTempFile("district-", ".zip");
        Files.write(zip, RosterBundleWriter.sample(t, LocalDate.now().getYear() - 16).zip());
        try {
            signInAs("admin");
            open("admin/roster");
            WebElement upload = await(By.id("roster-upload"));
            upload.getShadowRoot().findElement(By.cssSelector("input[type='file']")).sendKeys(zip.toString());

            awaitText(By.id("roster-status"), "Checked: no errors.");
            assertThat(browser.findElement(By.id("roster-report")).getText())
                    .contains("3 students and guardians would be created");
            assertThat(people(t)).isZero();
            screenshot("roster-checked");

            click("roster-import");
            awaitText(By.id("roster-status"), "Imported.");
            assertThat(people(t)).isEqualTo(3);
            assertThat(browser.findElement(By.id("roster-history")).getText()).contains("Check only");
            screenshot("roster-imported");
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    private int people(String tag) {
        return jdbc.sql("select count(*) from person where sourced_id like ?").param("%-" + tag)
                .query(Integer.class).single();
    }
}
