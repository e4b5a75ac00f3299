package org.pathwork.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.notification.TestMailServer;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.placement.PlacementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole way a supervisor who never signs in confirms a student's hours: the student logs them,
 * Pathwork mails the supervisor over real SMTP (GreenMail), and the link in that mail, opened on a
 * phone, shows the hours and confirms them with one press, without signing anyone in.
 */
class MailedHoursLinkBrowserTest extends BrowserTest {

    private static final TestMailServer SMTP = TestMailServer.start();
    private static final String PUBLIC_URL = "https://pathwork.school.example";
    private static final Pattern LINK = Pattern.compile(Pattern.quote(PUBLIC_URL) + "/link/([A-Za-z0-9_.-]+)");

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
        registry.add("pathwork.public-url", () -> PUBLIC_URL);
    }

    @Autowired PlacementService placements;
    @Autowired OpportunityService opportunities;
    @Autowired PeopleDirectory people;
    private DemoPlacements demo;

    @BeforeEach
    void demoPlacements() {
        demo = new DemoPlacements(people, opportunities, placements);
    }
    @Autowired JdbcClient jdbc;

    @AfterEach
    void desktop() {
        desktopWidth();
    }

    @Test
    void aSupervisorConfirmsAStudentsHoursFromTheMailedLinkOnAPhone() throws Exception {
        Actor supervisor = demo.person("supervisor");
        String address = "sam-" + UUID.randomUUID().toString().substring(0, 8) + "@clinic.example";
        jdbc.sql("update person set email = ? where person_id = ?").params(address, supervisor.personId()).update();
        String id = active();
        LocalDate today = placements.today();
        placements.logHours(demo.person("student"), id, today, 75, "Greeted patients at the front desk");

        MimeMessage mail = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> SMTP.received().stream()
                .filter(m -> to(m).equals(address) && subject(m).endsWith("logged hours for you to confirm")).findFirst(),
                Optional::isPresent).orElseThrow();
        String text = part(mail, "text/plain");
        assertThat(mail.getSubject()).isEqualTo("Alex Student logged hours for you to confirm");
        assertThat(text).startsWith("Hello Sam Supervisor,").contains("1 h 15 min");
        assertThat(part(mail, "text/html")).contains("href=\"" + PUBLIC_URL + "/link/");
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("the mail holds a link to the public address").isTrue();

        browser.manage().deleteAllCookies();
        phoneWidth();
        open("link/" + link.group(1));
        assertThat(await(By.id("link-heading")).getText()).isEqualTo("Hours to confirm");
        assertThat(await(By.id("link-hours")).getText()).contains("1 h 15 min").contains("Greeted patients");
        assertThat(await(By.id("link-confirm")).getText()).startsWith("Confirm these hours");
        assertNoSidewaysScroll();
        screenshot("link-hours-phone");

        click("link-confirm");
        awaitText(By.id("link-done"), "hours are confirmed");
        assertNoSidewaysScroll();
        assertThat(placements.get(supervisor, id).loggedMinutes()).isEqualTo(75);
        assertThat(placements.timeline(supervisor, id)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("HoursConfirmed");
            assertThat(e.source()).isEqualTo("email_link");
            assertThat(e.actorId()).isEqualTo(supervisor.personId());
        });

        open("link/" + link.group(1));
        await(By.id("link-refused"));
        assertThat(browser.findElements(By.id("link-confirm"))).isEmpty();
        open("");
        await(By.cssSelector("input[name='username']"));
        assertThat(browser.findElements(By.id("signed-in-user"))).as("a link signs nobody in").isEmpty();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of the part of this type. */
    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = part(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }


    /** An active placement of the demo student with the demo supervisor, on a fresh opportunity. */
    private String active() {
        String id = demo.approved();
        placements.start(demo.person("supervisor"), id);
        return id;
    }

}
