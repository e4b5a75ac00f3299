package org.pathwork.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathwork.ui.admin.OutboxView;
import org.pathwork.ui.coordinator.DashboardView;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.notification.MailStatus;
import org.pathwork.workflow.notification.Outbox;
import org.pathwork.workflow.notification.OutboxMail;
import org.pathwork.workflow.notification.OutgoingMail;
import org.pathwork.workflow.notification.UndeliveredMail;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.people.UserAccounts;
import org.pathwork.workflow.placement.PlacementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The admin's outbox screen, and the coordinator's "Mails that did not arrive" on the dashboard,
 * which shows only the mails about placements the coordinator may see. This context has no mail
 * host, so mails are kept, as in the embedded demo.
 */
class MailViewsTest extends KaribuTest {

    @Autowired Outbox outbox;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;
    @Autowired PlacementService placements;
    @Autowired OpportunityService opportunities;
    @Autowired PeopleDirectory people;
    @Autowired UserAccounts accounts;
    @Autowired PasswordEncoder passwords;

    // --- the admin's outbox ----------------------------------------------------------------------

    @Test
    void theAdminReadsEachMailsTextAndNeverItsHtml() {
        String subject = "Hours wait for you " + UUID.randomUUID();
        queue(new OutgoingMail(null, "sam@employer.example", subject, "Confirm here: https://pathwork.example/a/1",
                "<p>Confirm <script>alert('x')</script><a href=\"https://pathwork.example/a/1\">here</a></p>",
                "hours.waiting", null, null));
        await().atMost(Duration.ofSeconds(15)).until(() -> row(subject).status() == MailStatus.KEPT);

        signIn("admin");
        navigate("admin/outbox");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OutboxView.class);
        Grid<OutboxMail> grid = outboxGrid();
        OutboxMail mail = GridKt._findAll(grid).stream().filter(m -> m.subject().equals(subject)).findFirst().orElseThrow();
        assertThat(mail.to()).isEqualTo("sam@employer.example");
        assertThat(mail.kind()).isEqualTo("hours.waiting");
        assertThat(mail.attempts()).isZero();
        assertThat(GridKt._getFormattedRow(grid, GridKt._findAll(grid).indexOf(mail))).contains("Kept (no mail server)");

        GridKt._select(grid, mail);
        assertThat(_get(Pre.class, s -> s.withId("outbox-body")).getText()).isEqualTo("Confirm here: https://pathwork.example/a/1");
        assertThat(_find(Html.class)).as("no HTML of a mail rendered").isEmpty();
        assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain("<script>");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("The mail also has an HTML version saying the same; it is not shown here.");
    }

    @Test
    void theAdminFiltersTheOutboxByStatus() {
        String subject = "Nobody to send to " + UUID.randomUUID();
        queue(new OutgoingMail(null, null, subject, "Text", null, "hours.waiting", null, null));

        signIn("admin");
        navigate("admin/outbox");
        @SuppressWarnings("unchecked")
        Select<MailStatus> status = _get(Select.class, s -> s.withId("outbox-status"));
        _setValue(status, MailStatus.BOUNCED);
        List<OutboxMail> shown = GridKt._findAll(outboxGrid());
        assertThat(shown).allMatch(m -> m.status() == MailStatus.BOUNCED);
        assertThat(shown.get(0).subject()).as("newest first").isEqualTo(subject);
        GridKt._select(outboxGrid(), shown.get(0));
        assertThat(_get(Paragraph.class, s -> s.withId("outbox-error")).getText())
                .isEqualTo("There is no e-mail address for this person.");
    }

    @Test
    void onlyAnAdministratorOpensTheOutbox() {
        for (String who : List.of("coordinator", "supervisor", "student")) {
            signIn(who);
            navigate("admin/outbox");
            assertThat(UI.getCurrent().getCurrentView()).as(who).isNotInstanceOf(OutboxView.class);
        }
    }

    // --- the coordinator's mails that did not arrive ---------------------------------------------

    @Test
    void theCoordinatorSeesWhichMailsAboutTheirPlacementsDidNotArriveAndWhy() {
        Person supervisor = people.findByUsername("supervisor").orElseThrow();
        String placement = application(actor("student"));
        String bounced = "Bounced " + UUID.randomUUID();
        String failed = "Failed " + UUID.randomUUID();
        String arrived = "Kept " + UUID.randomUUID();
        queue(new OutgoingMail(supervisor.id(), null, bounced, "Text", null, "hours.waiting", placement, null));
        queueFailed(new OutgoingMail(supervisor.id(), "sam@employer.example", failed, "Text", null, "hours.waiting",
                placement, null));
        queue(new OutgoingMail(supervisor.id(), "sam@employer.example", arrived, "Text", null, "hours.waiting",
                placement, null));
        queue(new OutgoingMail(supervisor.id(), null, "About no placement", "Text", null, "other", null, null));

        signIn("coordinator");
        navigate("dashboard");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DashboardView.class);
        List<UndeliveredMail> shown = GridKt._findAll(undeliveredGrid());
        assertThat(shown).extracting(UndeliveredMail::subject).contains(bounced, failed)
                .doesNotContain(arrived, "About no placement");
        UndeliveredMail refused = shown.stream().filter(m -> m.subject().equals(bounced)).findFirst().orElseThrow();
        assertThat(refused.recipientName()).isEqualTo("Sam Supervisor");
        assertThat(refused.placementId()).isEqualTo(placement);
        String row = GridKt._getFormattedRow(undeliveredGrid(), shown.indexOf(refused)).toString();
        assertThat(row).contains("Sam Supervisor", bounced, "Refused: There is no e-mail address for this person.");
        UndeliveredMail gaveUp = shown.stream().filter(m -> m.subject().equals(failed)).findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(undeliveredGrid(), shown.indexOf(gaveUp)).toString())
                .contains("Gave up: The mail server could not be reached.").doesNotContain("sam@employer.example");
    }

    @Test
    void aCoordinatorOfAnotherSchoolDoesNotSeeThem() {
        Person supervisor = people.findByUsername("supervisor").orElseThrow();
        String lincolns = "Lincoln's " + UUID.randomUUID();
        queue(new OutgoingMail(supervisor.id(), null, lincolns, "Text", null, "hours.waiting",
                application(actor("student")), null));
        Organization other = people.addOrganization("Other High " + UUID.randomUUID(), Organization.Kind.SCHOOL);
        String otherStudent = person(Role.STUDENT, other, LocalDate.now().minusYears(17));
        String theirs = "Other school's " + UUID.randomUUID();
        queue(new OutgoingMail(supervisor.id(), null, theirs, "Text", null, "hours.waiting",
                application(actor(otherStudent)), null));
        String otherCoordinator = person(Role.COORDINATOR, other, null);

        signIn(otherCoordinator);
        navigate("dashboard");
        assertThat(GridKt._findAll(undeliveredGrid())).extracting(UndeliveredMail::subject).containsExactly(theirs);

        signIn("coordinator");
        navigate("");
        navigate("dashboard");
        assertThat(GridKt._findAll(undeliveredGrid())).extracting(UndeliveredMail::subject).contains(lincolns)
                .doesNotContain(theirs);
    }

    @Test
    void aCoordinatorWhoseMailsAllArrivedIsToldSo() {
        Organization quiet = people.addOrganization("Quiet High " + UUID.randomUUID(), Organization.Kind.SCHOOL);
        signIn(person(Role.COORDINATOR, quiet, null));
        navigate("dashboard");
        assertThat(_get(Paragraph.class, s -> s.withId("undelivered-none")).getText())
                .isEqualTo("Every mail about your placements has arrived, as far as Pathwork can tell.");
    }

    // --- helpers ---------------------------------------------------------------------------------

    private void queue(OutgoingMail mail) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> outbox.enqueue(mail));
    }

    /** Queued and, in the same transaction, given up on as the dispatcher does after its last attempt. */
    private void queueFailed(OutgoingMail mail) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            outbox.enqueue(mail);
            jdbc.sql("update mail_outbox set status = 'FAILED', attempts = 10, last_error = ? where subject = ?")
                    .params("The mail server could not be reached.", mail.subject()).update();
        });
    }

    private OutboxMail row(String subject) {
        return outbox.list(actor("admin"), null, 0, 500).stream().filter(m -> m.subject().equals(subject)).findFirst()
                .orElseThrow();
    }

    /** An application of the student for the demo's first opportunity they may apply to. */
    private String application(Actor student) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/New_York"));
        String opportunity = opportunities.offers(student, null, 0, 50).stream()
                .filter(o -> o.eligibility().eligible()).findFirst().orElseThrow().opportunity().id();
        return placements.apply(student, opportunity, List.of("Learn"), today.minusDays(1), today.plusDays(20));
    }

    /** A new person of that role at the school, with an account; returns the username. */
    private String person(Role role, Organization school, LocalDate birthDate) {
        String username = role.group() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Person p = people.addPerson(username, "Someone Else", null, role, birthDate, school.id(), null);
        accounts.create(p.id(), passwords.encode("not-used-here"));
        return username;
    }

    private Actor actor(String username) {
        Person p = people.findByUsername(username).orElseThrow();
        return new Actor(p.id(), p.role(), Source.UI);
    }

    @SuppressWarnings("unchecked")
    private static Grid<OutboxMail> outboxGrid() {
        return _get(Grid.class, s -> s.withId("outbox-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<UndeliveredMail> undeliveredGrid() {
        return _get(Grid.class, s -> s.withId("undelivered-mails"));
    }
}
