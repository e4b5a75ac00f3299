package org.pathwork.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.link.ActionLinks;
import org.pathwork.workflow.link.Asked;
import org.pathwork.workflow.link.Confirmation;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.DurableSkillRatings;
import org.pathwork.workflow.placement.query.PlacementView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who is told what, walked through whole placements on PostgreSQL with the process engine in the
 * loop: each notice lands in the person's updates and, as their settings say, in the mail outbox,
 * in the transaction of its cause.
 */
class NotificationPolicyIntegrationTest extends IntegrationTest {

    private static final DurableSkillRatings GOOD = new DurableSkillRatings(3, 4, 3, 2, 4, 3);

    @Autowired PlacementService placements;
    @Autowired PeopleDirectory people;
    @Autowired Notices notices;
    @Autowired NotificationPolicy policy;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired Fixtures given;
    @Autowired ActionLinks links;

    private Organization school;
    private Actor coordinator;
    private Actor supervisor;

    @BeforeEach
    void people() {
        school = people.addOrganization("School " + UUID.randomUUID(), Organization.Kind.SCHOOL);
        coordinator = withEmail(given.coordinatorOf(school));
        supervisor = withEmail(given.supervisor());
        // a link works only for a person who could sign in
        jdbc.sql("insert into user_account (person_id, password_hash, enabled, created_at) values (?, 'x', true, now())")
                .param(supervisor.personId()).update();
    }

    @Test
    void anAdultsPlacementTellsEachPersonWhatIsAskedOfThemAndMailsIt() {
        Actor student = withEmail(given.student(19, school));
        String opportunity = given.opportunity(coordinator, supervisor, 1, 16, 2);
        LocalDate today = given.today();
        String id = placements.apply(student, opportunity, List.of("Learn the trade"), today, today.plusDays(30));

        placements.approve(coordinator, id, null, null, null);
        Notices.Update toStart = only(supervisor, NoticeKind.PLACEMENT_TO_START);
        assertThat(toStart.subject()).contains("Student").contains("ready to start");
        assertThat(toStart.link()).as("works without signing in").contains("/link/");
        assertThat(toStart.dueOn()).isEqualTo(today);
        Mail mail = mailFor(supervisor, NoticeKind.PLACEMENT_TO_START);
        assertThat(mail.to()).isEqualTo(email(supervisor));
        assertThat(mail.text()).startsWith("Hello Supervisor,").contains(toStart.link())
                .contains("Due " + NoticeMail.due(today));
        assertThat(mail.html()).contains("href=\"" + toStart.link() + "\"");

        placements.start(supervisor, id);
        placements.logHours(supervisor, id, today, 120, "Work");
        String reflection = placements.submitReflection(student, id, "What I learned.", true);
        only(coordinator, NoticeKind.REFLECTION_TO_REVIEW);
        placements.returnReflection(coordinator, id, reflection, "Say more about what you would do next.");
        assertThat(only(student, NoticeKind.REFLECTION_RETURNED).body()).contains("Say more about what you would do next.");
        String second = placements.submitReflection(student, id, "What I learned, and what next.", true);
        placements.acceptReflection(coordinator, id, second, null);
        placements.end(supervisor, id);
        assertThat(kinds(student)).as("the final reflection was accepted before the end")
                .doesNotContain(NoticeKind.FINAL_REFLECTION_DUE);
        assertThat(only(supervisor, NoticeKind.EVALUATION_DUE).link()).contains("/link/");
        placements.submitEvaluation(supervisor, id, GOOD, "Keen.");
        only(coordinator, NoticeKind.SIGN_OFF_READY);
        placements.complete(coordinator, id, "Well done");
        only(student, NoticeKind.PLACEMENT_COMPLETED);

        assertThat(mails(student)).as("one mail per notice").hasSize(notices.updates(student, 50).size());
        assertThat(notices.unread(student)).isEqualTo(2);
        notices.markAllRead(student);
        assertThat(notices.unread(student)).isZero();
    }

    @Test
    void hoursAStudentLoggedReachTheSupervisorOncePerDayAndTheMailedLinkConfirmsWhatItLists() {
        Actor student = withEmail(given.student(19, school));
        String opportunity = given.opportunity(coordinator, supervisor, 1, 16, 2);
        LocalDate today = given.today();
        String id = placements.apply(student, opportunity, List.of("Goal"), today.minusDays(5), today.plusDays(30));
        placements.approve(coordinator, id, null, null, null);
        placements.start(supervisor, id);

        String first = placements.logHours(student, id, today, 90, "Stocked shelves");
        String second = placements.logHours(student, id, today, 30, "Helped customers");

        Notices.Update waiting = only(supervisor, NoticeKind.HOURS_TO_CONFIRM);
        assertThat(waiting.body()).contains("1 h 30 min").contains("Hours logged later today are listed on the same page");
        assertThat(mailFor(supervisor, NoticeKind.HOURS_TO_CONFIRM).text()).contains(waiting.link());
        String token = waiting.link().substring(waiting.link().indexOf("/link/") + "/link/".length());
        Asked asked = links.open(token);
        assertThat(asked.pendingHours()).extracting(PlacementView.HoursEntry::entryId).containsExactlyInAnyOrder(first, second);

        String third = placements.logHours(student, id, today, 15, "Logged after the page was opened");
        links.use(token, new Confirmation.Hours(asked.pendingHours().stream().map(PlacementView.HoursEntry::entryId)
                .toList()));

        PlacementView p = placements.get(supervisor, id);
        assertThat(p.loggedMinutes()).as("what the page listed").isEqualTo(120);
        assertThat(p.pendingMinutes()).as("not what came after").isEqualTo(15);
        assertThat(placements.timeline(coordinator, id)).anySatisfy(e -> {
            assertThat(e.source()).isEqualTo("email_link");
            assertThat(e.actorId()).isEqualTo(supervisor.personId());
        });

        placements.declineHours(supervisor, id, third, "I was not there that afternoon");
        Notices.Update declined = only(student, NoticeKind.HOURS_DECLINED);
        assertThat(declined.body()).contains("15 min").contains("I was not there that afternoon");
        assertThat(mailFor(student, NoticeKind.HOURS_DECLINED).to()).isEqualTo(email(student));
    }

    @Test
    void aMinorsGuardianIsAskedForConsentEvenWithEveryOptionalMailTurnedOff() {
        Actor student = withEmail(given.student(15, school));
        Person guardian = people.addPerson("guardian-" + UUID.randomUUID().toString().substring(0, 8), "Gail Guardian",
                "gail@example.org", Role.GUARDIAN, null, null, null);
        jdbc.sql("insert into guardian_student (guardian_id, student_id) values (?, ?)")
                .params(guardian.id(), student.personId()).update();
        String opportunity = given.opportunity(coordinator, supervisor, 1, 14, 2);
        LocalDate today = given.today();
        String id = placements.apply(student, opportunity, List.of("See a workplace"), today.plusDays(3),
                today.plusDays(30));
        notices.saveSettings(supervisor, new Notices.Settings(true, Set.of(NoticeKind.HOURS_REMINDER)));

        placements.approve(coordinator, id, null, null, null);

        Actor asGuardian = new Actor(guardian.id(), Role.GUARDIAN, Source.API);
        Notices.Update consent = only(asGuardian, NoticeKind.CONSENT_NEEDED);
        assertThat(consent.subject()).isEqualTo("Your consent for Student's placement at Test Employer");
        assertThat(consent.body()).contains("under 18");
        assertThat(mailFor(asGuardian, NoticeKind.CONSENT_NEEDED).text()).startsWith("Hello Gail Guardian,")
                .doesNotContain("settings/notifications");
        assertThat(only(supervisor, NoticeKind.PLACEMENT_TO_START).body()).contains("once a guardian has given consent");
        assertThat(mailFor(supervisor, NoticeKind.PLACEMENT_TO_START)).as("required: at once despite the digest")
                .isNotNull();
    }

    @Test
    void mutedKindsStayInTheAppAndADigestGathersTheRestIntoOneMail() {
        Actor student = withEmail(given.student(19, school));
        String opportunity = given.opportunity(coordinator, supervisor, 3, 16, 2);
        LocalDate today = given.today();
        String first = placements.apply(student, opportunity, List.of("Goal"), today, today.plusDays(30));
        notices.saveSettings(student, new Notices.Settings(false, Set.of(NoticeKind.CHANGES_REQUESTED)));
        placements.requestChanges(coordinator, first, "Be specific");
        assertThat(only(student, NoticeKind.CHANGES_REQUESTED).body()).contains("Be specific");
        assertThat(mails(student)).as("turned off").isEmpty();

        notices.saveSettings(student, new Notices.Settings(true, Set.of()));
        placements.revise(student, first, List.of("A specific goal"), today, today.plusDays(30));
        placements.requestChanges(coordinator, first, "More specific");
        // another opportunity: a student holds one open application per opportunity
        String second = placements.apply(student, given.opportunity(coordinator, supervisor, 3, 16, 2),
                List.of("Other goal"), today, today.plusDays(30));
        placements.requestChanges(coordinator, second, "Name the skill");
        assertThat(mails(student)).as("held for the digest").isEmpty();

        assertThat((int) transactions.execute(s -> notices.sendDigests())).isGreaterThanOrEqualTo(1);
        List<Mail> digest = mails(student);
        assertThat(digest).hasSize(1);
        assertThat(digest.get(0).subject()).isEqualTo("Pathwork: 2 updates for you");
        assertThat(digest.get(0).text()).contains("More specific").contains("Name the skill");
        assertThat((int) transactions.execute(s -> notices.sendDigests())).as("nothing twice").isZero();
        assertThat(mails(student)).hasSize(1);

        assertThatThrownBy(() -> notices.saveSettings(supervisor,
                new Notices.Settings(false, Set.of(NoticeKind.PLACEMENT_TO_START))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("cannot be turned off");
    }

    @Test
    void anOverdueReviewReachesTheCoordinatorsOfTheStudentsSchoolOnly() {
        Organization other = people.addOrganization("School " + UUID.randomUUID(), Organization.Kind.SCHOOL);
        Actor otherCoordinator = withEmail(given.coordinatorOf(other));
        Actor student = given.student(19, school);
        String opportunity = given.opportunity(coordinator, supervisor, 1, 16, 2);
        String id = placements.apply(student, opportunity, List.of("Goal"), given.today(), given.today().plusDays(9));

        given.fireTimer(id, "timer_review_overdue");

        Notices.Update overdue = only(coordinator, NoticeKind.REVIEW_OVERDUE);
        assertThat(overdue.placementId()).isEqualTo(id);
        assertThat(kinds(otherCoordinator)).isEmpty();
        assertThat(mails(student)).as("no address: in the app only").isEmpty();
    }

    @Test
    void theSameCauseTellsOnceAndARolledBackCauseTellsNobody() {
        Actor student = withEmail(given.student(19, school));
        String opportunity = given.opportunity(coordinator, supervisor, 2, 16, 2);
        String id = placements.apply(student, opportunity, List.of("Goal"), given.today(), given.today().plusDays(9));
        transactions.executeWithoutResult(s -> {
            policy.taskCreated("user_task_escalate_overdue_review", "task-1", id, new Date());
            policy.taskCreated("user_task_escalate_overdue_review", "task-1", id, new Date());
        });
        assertThat(kinds(coordinator)).containsExactly(NoticeKind.REVIEW_OVERDUE);
        assertThat(mails(coordinator)).hasSize(1);

        transactions.executeWithoutResult(s -> {
            placements.requestChanges(coordinator, id, "Rolled back");
            s.setRollbackOnly();
        });
        assertThat(kinds(student)).isEmpty();
        assertThat(mails(student)).isEmpty();
    }

    @Test
    void aDisabledPersonIsToldNothing() {
        Actor student = withEmail(given.student(19, school));
        jdbc.sql("insert into user_account (person_id, password_hash, enabled, created_at) values (?, 'x', false, now())")
                .param(student.personId()).update();
        String opportunity = given.opportunity(coordinator, supervisor, 1, 16, 2);
        String id = placements.apply(student, opportunity, List.of("Goal"), given.today(), given.today().plusDays(9));
        placements.requestChanges(coordinator, id, "Anything");
        assertThat(kinds(student)).isEmpty();
        assertThat(mails(student)).isEmpty();
    }

    // --- helpers -------------------------------------------------------------------------------

    record Mail(String to, String subject, String text, String html, String kind) {
    }

    private Actor withEmail(Actor actor) {
        jdbc.sql("update person set email = ? where person_id = ?").params(actor.personId() + "@example.org",
                actor.personId()).update();
        return actor;
    }

    private static String email(Actor actor) {
        return actor.personId() + "@example.org";
    }

    private List<NoticeKind> kinds(Actor actor) {
        return notices.updates(actor, 50).stream().map(Notices.Update::kind).toList();
    }

    /** Someone whose account was disabled is told nothing; someone without an account (a guardian) is. */
    @Test
    void aDisabledAccountIsToldNothing() {
        Actor student = withEmail(given.student(19, school));
        String opportunity = given.opportunity(coordinator, supervisor, 1, 16, 2);
        LocalDate today = given.today();
        String id = placements.apply(student, opportunity, List.of("Learn the trade"), today, today.plusDays(30));
        jdbc.sql("update user_account set enabled = false where person_id = ?").param(supervisor.personId()).update();

        placements.approve(coordinator, id, null, null, null);

        assertThat(notices.updates(supervisor, 50)).noneMatch(u -> u.kind() == NoticeKind.PLACEMENT_TO_START);
        jdbc.sql("update user_account set enabled = true where person_id = ?").param(supervisor.personId()).update();
    }

    private Notices.Update only(Actor actor, NoticeKind kind) {
        List<Notices.Update> found = notices.updates(actor, 50).stream().filter(u -> u.kind() == kind).toList();
        assertThat(found).as(kind + " for " + actor.role()).hasSize(1);
        return found.get(0);
    }

    private List<Mail> mails(Actor actor) {
        return jdbc.sql("select to_address, subject, text_body, html_body, kind from mail_outbox where recipient_id = ?")
                .param(actor.personId())
                .query((rs, n) -> new Mail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    private Mail mailFor(Actor actor, NoticeKind kind) {
        List<Mail> found = mails(actor).stream().filter(m -> m.kind().equals(kind.name())).toList();
        assertThat(found).as(kind + " mail").hasSize(1);
        return found.get(0);
    }
}
