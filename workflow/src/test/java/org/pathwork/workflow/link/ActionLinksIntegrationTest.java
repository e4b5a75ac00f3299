package org.pathwork.workflow.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathwork.workflow.placement.api.PlacementStatus.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.audit.TimelineEntry;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.NotFound;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.config.PathworkProperties;
import org.pathwork.workflow.opportunity.query.OpportunityQueries;
import org.pathwork.workflow.people.GuardianConsents;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.people.UserAccounts;
import org.pathwork.workflow.people.UserAdministration;
import org.pathwork.workflow.people.roster.RosterBundleWriter;
import org.pathwork.workflow.people.roster.RosterImport;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.DurableSkillRatings;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * One-use action links on PostgreSQL, through the application services and the process engine:
 * what they do, as whom, once; and every way they are refused, changing nothing.
 */
class ActionLinksIntegrationTest extends IntegrationTest {

    @Autowired ActionLinks links;
    @Autowired PlacementService placements;
    @Autowired PlacementQueries placementQueries;
    @Autowired OpportunityQueries opportunities;
    @Autowired PeopleDirectory people;
    @Autowired UserAccounts accounts;
    @Autowired UserAdministration administration;
    @Autowired RosterImport roster;
    @Autowired GuardianConsents consents;
    @Autowired LinkSigner signer;
    @Autowired PathworkProperties settings;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired Fixtures given;

    private static final DurableSkillRatings GOOD = new DurableSkillRatings(3, 4, 3, 2, 4, 3);

    private Actor coordinator;
    private Actor supervisor;
    private LocalDate today;

    @BeforeEach
    void people() {
        coordinator = given.coordinator();
        supervisor = withAccount(given.supervisor());
        today = given.today();
    }

    /** People made by the fixtures have no account; a link works only for someone who could sign in. */
    private Actor withAccount(Actor person) {
        accounts.create(person.personId(), "{noop}unusable");
        return person;
    }

    private String approved(Actor student) {
        String opportunity = given.opportunity(coordinator, supervisor, 5, 14, 10);
        String id = placements.apply(student, opportunity, List.of("Learn how a help desk works"),
                today.minusDays(3), today.plusDays(30));
        placements.approve(coordinator, id, null, null, null);
        return id;
    }

    private PlacementStatus status(String placementId) {
        return placementQueries.findById(placementId).orElseThrow().status();
    }

    private static void refused(ThrowingCallable call, LinkRefused.Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LinkRefused.class, r -> assertThat(r.reason()).isEqualTo(reason));
    }

    // --- what a link does ---------------------------------------------------------------------------

    @Test
    void aSupervisorStartsThePlacementThroughTheirLinkAndTheTrailNamesThemWithSourceEmailLink() {
        Actor student = given.student(18);
        String id = approved(student);
        String token = links.issue(supervisor.personId(), Purpose.START_PLACEMENT, id, null);

        Asked asked = links.open(token);
        assertThat(asked.purpose()).isEqualTo(Purpose.START_PLACEMENT);
        assertThat(asked.personName()).isEqualTo("Supervisor");
        assertThat(asked.studentName()).isEqualTo("Student");
        assertThat(asked.opportunityTitle()).startsWith("Internship ");
        assertThat(asked.employerName()).isEqualTo("Test Employer");
        assertThat(asked.plannedStart()).isEqualTo(today.minusDays(3));
        assertThat(asked.plannedEnd()).isEqualTo(today.plusDays(30));
        assertThat(asked.requiredHours()).isEqualTo(10);
        assertThat(Duration.between(clock.instant(), asked.expiresAt())).isBetween(Duration.ofDays(14).minusMinutes(1),
                Duration.ofDays(14));
        assertThat(status(id)).as("opening changes nothing").isEqualTo(APPROVED);

        assertThat(links.use(token, new Confirmation.Start())).isEqualTo(ACTIVE);

        TimelineEntry started = placements.timeline(coordinator, id).stream()
                .filter(e -> e.type().equals("PlacementStarted")).findFirst().orElseThrow();
        assertThat(started.actorId()).isEqualTo(supervisor.personId());
        assertThat(started.role()).isEqualTo("supervisor");
        assertThat(started.source()).isEqualTo("email_link");
        assertThat(started.summary()).endsWith("(by e-mail link).");
        assertThat(placements.timeline(coordinator, id)).as("the supervisor's start task is done")
                .anySatisfy(e -> assertThat(e.type()).isEqualTo("TaskCompleted"));
    }

    @Test
    void aLinkWorksOnceAndThenSaysItWasUsed() {
        String id = approved(given.student(18));
        String token = links.issue(supervisor.personId(), Purpose.START_PLACEMENT, id, null);
        links.use(token, new Confirmation.Start());

        refused(() -> links.use(token, new Confirmation.Start()), LinkRefused.Reason.USED);
        refused(() -> links.open(token), LinkRefused.Reason.USED);
        assertThatThrownBy(() -> links.open(token)).hasMessage(ActionLinks.USED);
        assertThat(placements.timeline(coordinator, id).stream().filter(e -> e.type().equals("PlacementStarted")))
                .hasSize(1);
    }

    @Test
    void twoPressesAtOnceActOnce() throws Exception {
        String id = approved(given.student(18));
        String token = links.issue(supervisor.personId(), Purpose.START_PLACEMENT, id, null);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<PlacementStatus>> presses = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                presses.add(pool.submit(() -> {
                    go.await();
                    return links.use(token, new Confirmation.Start());
                }));
            }
            go.countDown();
            List<PlacementStatus> acted = new ArrayList<>();
            List<Throwable> refusals = new ArrayList<>();
            for (Future<PlacementStatus> press : presses) {
                try {
                    acted.add(press.get(60, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    refusals.add(e.getCause());
                }
            }
            assertThat(acted).containsExactly(ACTIVE);
            assertThat(refusals).singleElement().isInstanceOfSatisfying(LinkRefused.class,
                    r -> assertThat(r.reason()).isEqualTo(LinkRefused.Reason.USED));
        } finally {
            pool.shutdownNow();
        }
        assertThat(placements.timeline(coordinator, id).stream().filter(e -> e.type().equals("PlacementStarted")))
                .hasSize(1);
    }

    @Test
    void theSupervisorSubmitsTheEvaluationThroughTheirLink() {
        String id = approved(given.student(18));
        placements.start(supervisor, id);
        placements.end(supervisor, id);
        String token = links.issue(supervisor.personId(), Purpose.SUBMIT_EVALUATION, id, null);
        assertThat(links.open(token).purpose()).isEqualTo(Purpose.SUBMIT_EVALUATION);

        // a rating out of range is the aggregate's refusal: nothing changes, the link still works
        assertThatThrownBy(() -> links.use(token, new Confirmation.Evaluation(new DurableSkillRatings(5, 4, 3, 2, 4, 3),
                null))).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.code()).isEqualTo("evaluation.rating-out-of-range"));
        assertThat(placementQueries.findById(id).orElseThrow().evaluation()).isNull();

        assertThat(links.use(token, new Confirmation.Evaluation(GOOD, "Reliable and curious."))).isEqualTo(ENDED);
        assertThat(placementQueries.findById(id).orElseThrow().evaluation()).isNotNull();
        assertThat(placements.timeline(coordinator, id)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("EvaluationSubmitted");
            assertThat(e.actorId()).isEqualTo(supervisor.personId());
            assertThat(e.source()).isEqualTo(Source.EMAIL_LINK.code());
        });
        refused(() -> links.open(token), LinkRefused.Reason.USED);
    }

    /**
     * A minor's placement from a roster: the supervisor's start is refused until the guardian,
     * linked to the student by the roster, consents through their own link; then the same start link works.
     */
    @Test
    void aGuardianConsentsForTheirChildThroughTheirLinkAndThenTheStartLinkWorks() {
        String t = UUID.randomUUID().toString().substring(0, 8);
        roster.importBundle(given.admin(), new ByteArrayInputStream(
                RosterBundleWriter.sample(t, today.getYear() - 16).zip()), false);
        Person ana = bySourcedId("u1-" + t);
        Person gail = bySourcedId("g1-" + t);
        Organization school = people.findOrganization(ana.schoolId()).orElseThrow();
        coordinator = given.coordinatorOf(school);
        String id = approved(new Actor(ana.id(), Role.STUDENT, Source.UI));
        assertThat(placementQueries.findById(id).orElseThrow().guardianConsentRequired()).isTrue();

        String start = links.issue(supervisor.personId(), Purpose.START_PLACEMENT, id, null);
        assertThatThrownBy(() -> links.use(start, new Confirmation.Start())).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.code()).isEqualTo("placement.guardian-consent-missing"));
        assertThat(status(id)).isEqualTo(APPROVED);

        String consent = links.issue(gail.id(), Purpose.GIVE_CONSENT, id, null);
        Asked asked = links.open(consent);
        assertThat(asked.personName()).isEqualTo("Gail Guardian");
        assertThat(asked.studentName()).isEqualTo("Ana Minor");
        assertThat(asked.employerName()).isEqualTo("Test Employer");
        assertThat(asked.requiredHours()).isEqualTo(10);
        assertThat(links.use(consent, new Confirmation.Consent())).isEqualTo(APPROVED);

        String consentId = placementQueries.findById(id).orElseThrow().guardianConsentId();
        GuardianConsents.Consent recorded = consents.find(consentId).orElseThrow();
        assertThat(recorded.guardianName()).isEqualTo("Gail Guardian");
        assertThat(recorded.recordedBy()).isEqualTo(gail.id());
        assertThat(recorded.consentedOn()).isEqualTo(today);
        assertThat(placements.timeline(coordinator, id)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("GuardianConsentRecorded");
            assertThat(e.actorId()).isEqualTo(gail.id());
            assertThat(e.role()).isEqualTo("guardian");
            assertThat(e.source()).isEqualTo("email_link");
        });
        refused(() -> links.open(consent), LinkRefused.Reason.USED);

        assertThat(links.use(start, new Confirmation.Start())).as("the refused press left it unused").isEqualTo(ACTIVE);
    }

    @Test
    void aGuardianActsOnlyForTheirOwnChildAndSeesNothingElse() {
        String t = UUID.randomUUID().toString().substring(0, 8);
        roster.importBundle(given.admin(), new ByteArrayInputStream(
                RosterBundleWriter.sample(t, today.getYear() - 16).zip()), false);
        Person gail = bySourcedId("g1-" + t);
        Actor guardian = new Actor(gail.id(), Role.GUARDIAN, Source.EMAIL_LINK);
        String someoneElses = approved(given.student(15));

        String token = links.issue(gail.id(), Purpose.GIVE_CONSENT, someoneElses, null);
        refused(() -> links.open(token), LinkRefused.Reason.NOT_APPLICABLE);
        refused(() -> links.use(token, new Confirmation.Consent()), LinkRefused.Reason.NOT_APPLICABLE);
        assertThatThrownBy(() -> placements.giveGuardianConsent(guardian, someoneElses)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> placements.get(guardian, someoneElses)).isInstanceOf(NotFound.class);
        assertThat(placementQueries.findById(someoneElses).orElseThrow().guardianConsentId()).isNull();
    }

    // --- refusals -----------------------------------------------------------------------------------

    @Test
    void aTamperedLinkIsRefusedAndChangesNothing() {
        String id = approved(given.student(18));
        String token = links.issue(supervisor.personId(), Purpose.START_PLACEMENT, id, null);
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        String otherId = LinkSigner.newLinkId() + token.substring(22);

        for (String bad : List.of(tampered, otherId, token.substring(0, 40), "", "link")) {
            refused(() -> links.open(bad), LinkRefused.Reason.TAMPERED);
            refused(() -> links.use(bad, new Confirmation.Start()), LinkRefused.Reason.TAMPERED);
        }
        assertThatThrownBy(() -> links.open(tampered)).hasMessage(ActionLinks.TAMPERED);
        assertThat(status(id)).isEqualTo(APPROVED);
        assertThat(links.use(token, new Confirmation.Start())).as("the real one still works").isEqualTo(ACTIVE);
    }

    @Test
    void aLinkSignedWithAnotherKeyIsRefused() {
        String id = approved(given.student(18));
        String token = links.issue(supervisor.personId(), Purpose.START_PLACEMENT, id, null);
        String forged = new LinkSigner("someone else's key, long enough to sign").token(token.substring(0, 22));
        refused(() -> links.use(forged, new Confirmation.Start()), LinkRefused.Reason.TAMPERED);
        assertThat(status(id)).isEqualTo(APPROVED);
    }

    @Test
    void anExpiredLinkIsRefusedAndChangesNothing() {
        String id = approved(given.student(18));
        String token = links.issue(supervisor.personId(), Purpose.START_PLACEMENT, id, null);
        Duration ttl = settings.links().ttl();

        assertThat(linksAt(Clock.offset(clock, ttl.minusMinutes(1))).open(token).purpose())
                .isEqualTo(Purpose.START_PLACEMENT);
        ActionLinks later = linksAt(Clock.offset(clock, ttl.plusMinutes(1)));
        refused(() -> later.open(token), LinkRefused.Reason.EXPIRED);
        refused(() -> later.use(token, new Confirmation.Start()), LinkRefused.Reason.EXPIRED);
        assertThatThrownBy(() -> later.open(token)).hasMessageStartingWith("This link expired on ");
        assertThat(status(id)).isEqualTo(APPROVED);
    }

    /** The same service, its clock moved on. */
    private ActionLinks linksAt(Clock at) {
        return new ActionLinks(jdbc, signer, placements, placementQueries, opportunities, people, accounts, settings, at);
    }

    @Test
    void disablingAPersonWithdrawsTheirUnusedLinks() {
        String first = approved(given.student(18));
        String second = approved(given.student(18));
        String used = links.issue(supervisor.personId(), Purpose.START_PLACEMENT, first, null);
        links.use(used, new Confirmation.Start());
        String open = links.issue(supervisor.personId(), Purpose.START_PLACEMENT, second, null);

        administration.disable(given.admin(), supervisor.personId(), "Left the employer");

        refused(() -> links.open(open), LinkRefused.Reason.REVOKED);
        refused(() -> links.use(open, new Confirmation.Start()), LinkRefused.Reason.REVOKED);
        assertThatThrownBy(() -> links.open(open)).hasMessage(ActionLinks.WITHDRAWN);
        refused(() -> links.open(used), LinkRefused.Reason.USED);
        assertThat(status(second)).isEqualTo(APPROVED);
        // every unused link of theirs is withdrawn (the mails at approval carried some too); the used one is left as it was
        assertThat(jdbc.sql("select count(*) from action_link where person_id = ? and revoked_at is null")
                .param(supervisor.personId()).query(Long.class).single()).as("only the used one").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from action_link where person_id = ? and used_at is null and revoked_at is null")
                .param(supervisor.personId()).query(Long.class).single()).as("no unused link left").isZero();
    }

    @Test
    void theRosterDisablingAGuardianWithdrawsTheirLinks() {
        String t = UUID.randomUUID().toString().substring(0, 8);
        RosterBundleWriter bundle = RosterBundleWriter.sample(t, today.getYear() - 16);
        Actor admin = given.admin();
        roster.importBundle(admin, new ByteArrayInputStream(bundle.zip()), false);
        Person gail = bySourcedId("g1-" + t);
        String token = links.issue(gail.id(), Purpose.GIVE_CONSENT, approved(given.student(15)), null);

        String users = new String(bundle.zipEntry("users.csv"), StandardCharsets.UTF_8)
                .replace("g1-" + t + ",,,true", "g1-" + t + ",,,false");
        RosterImport.Result result = roster.importBundle(admin,
                new ByteArrayInputStream(bundle.file("users.csv", users).zip()), false);

        assertThat(result.disabled()).isEqualTo(1);
        refused(() -> links.open(token), LinkRefused.Reason.REVOKED);
    }

    @Test
    void aPersonWhoCannotSignInCannotUseALinkEvenIfItWasNotWithdrawn() {
        String id = approved(given.student(18));
        String token = links.issue(supervisor.personId(), Purpose.START_PLACEMENT, id, null);
        jdbc.sql("update person set active = false where person_id = ?").param(supervisor.personId()).update();

        refused(() -> links.use(token, new Confirmation.Start()), LinkRefused.Reason.PERSON_DISABLED);
        assertThatThrownBy(() -> links.open(token)).hasMessage(ActionLinks.WITHDRAWN);
        assertThat(status(id)).isEqualTo(APPROVED);
    }

    @Test
    void aLinkDoesOnlyWhatItWasMadeFor() {
        String id = approved(given.student(18));
        String token = links.issue(supervisor.personId(), Purpose.START_PLACEMENT, id, null);

        refused(() -> links.use(token, new Confirmation.Evaluation(GOOD, null)), LinkRefused.Reason.WRONG_PURPOSE);
        refused(() -> links.use(token, new Confirmation.Consent()), LinkRefused.Reason.WRONG_PURPOSE);
        refused(() -> links.use(token, null), LinkRefused.Reason.WRONG_PURPOSE);
        assertThat(status(id)).isEqualTo(APPROVED);
        assertThat(links.use(token, new Confirmation.Start())).isEqualTo(ACTIVE);
    }

    @Test
    void aLinkIsBoundToItsPersonsPlaceInThePlacement() {
        String id = approved(given.student(18));
        Actor anotherSupervisor = withAccount(given.supervisor());
        String notTheirs = links.issue(anotherSupervisor.personId(), Purpose.START_PLACEMENT, id, null);

        refused(() -> links.open(notTheirs), LinkRefused.Reason.NOT_APPLICABLE);
        refused(() -> links.use(notTheirs, new Confirmation.Start()), LinkRefused.Reason.NOT_APPLICABLE);
        assertThatThrownBy(() -> links.open(notTheirs)).hasMessage(ActionLinks.NOT_YOURS);
        assertThat(status(id)).isEqualTo(APPROVED);

        assertThatThrownBy(() -> links.issue(supervisor.personId(), Purpose.GIVE_CONSENT, id, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PW-LINK-006");
        assertThatThrownBy(() -> links.issue("nobody", Purpose.START_PLACEMENT, id, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PW-LINK-005");
    }

    @Test
    void aLinkWhoseWorkIsDoneSaysSo() {
        String id = approved(given.student(18));
        String token = links.issue(supervisor.personId(), Purpose.START_PLACEMENT, id, null);
        placements.start(supervisor, id);

        refused(() -> links.open(token), LinkRefused.Reason.NOT_APPLICABLE);
        assertThatThrownBy(() -> links.open(token))
                .hasMessage("This placement has already started: there is nothing left to confirm.");

        String withdrawn = approved(given.student(18));
        String late = links.issue(supervisor.personId(), Purpose.START_PLACEMENT, withdrawn, null);
        placements.terminate(coordinator, withdrawn, "The employer closed the office.");
        assertThatThrownBy(() -> links.open(late))
                .hasMessage("This placement is terminated now: there is nothing left to confirm.");
    }

    @Test
    void aLinkIssuedInTheCallersTransactionExistsOnlyIfThatCommits() {
        String id = approved(given.student(18));
        org.springframework.transaction.support.TransactionTemplate tx =
                new org.springframework.transaction.support.TransactionTemplate(transactions);
        String rolledBack = tx.execute(status -> {
            String token = links.issue(supervisor.personId(), Purpose.START_PLACEMENT, id, null);
            status.setRollbackOnly();
            return token;
        });
        String committed = tx.execute(status -> links.issue(supervisor.personId(), Purpose.START_PLACEMENT, id, null));

        refused(() -> links.open(rolledBack), LinkRefused.Reason.TAMPERED);
        assertThat(links.open(committed).placementId()).isEqualTo(id);
    }

    // --- the key ------------------------------------------------------------------------------------

    @Test
    void withoutAConfiguredKeyEveryInstanceSignsWithTheOneKeptInTheDatabase() {
        PathworkProperties unset = new PathworkProperties(null, null, null, null, null, new PathworkProperties.Links(null, null));
        LinkSigner another = new LinkSigner(unset, jdbc, transactions, clock);
        String id = LinkSigner.newLinkId();
        assertThat(another.token(id)).isEqualTo(signer.token(id));
        assertThat(jdbc.sql("select count(*) from action_link_secret").query(Long.class).single()).isEqualTo(1);

        String key = "a configured key of at least thirty-two characters";
        LinkSigner configured = new LinkSigner(new PathworkProperties(null, null, null, null, null,
                new PathworkProperties.Links(key, null)), jdbc, transactions, clock);
        assertThat(configured.token(id)).isEqualTo(new LinkSigner(key).token(id)).isNotEqualTo(signer.token(id));
    }

    private Person bySourcedId(String sourcedId) {
        String id = jdbc.sql("select person_id from person where sourced_id = ?").param(sourcedId)
                .query(String.class).single();
        return people.findById(id).orElseThrow();
    }
}
