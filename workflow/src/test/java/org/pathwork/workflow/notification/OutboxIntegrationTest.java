package org.pathwork.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.EventHandler;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.PlacementApproved;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP server (GreenMail) and a real PostgreSQL: a mail is queued in the
 * transaction of its cause and arrives once after commit, never after a rollback; a server that is
 * down or asks to wait is tried again with back-off; refusals bounce; several dispatchers on their
 * own connection pools send every mail exactly once.
 *
 * <p>The dispatcher polls only once an hour here, so every mail that arrives promptly was sent
 * because the commit woke the dispatcher, or because its retry fell due.
 */
@Import(OutboxIntegrationTest.ApprovalMails.class)
class OutboxIntegrationTest extends IntegrationTest {

    static final TestMailServer SMTP = TestMailServer.start();
    static final String FROM = "Pathwork <no-reply@school.example>";
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
        registry.add("pathwork.mail.from", () -> FROM);
        registry.add("pathwork.mail.poll-interval", () -> "PT1H");
        registry.add("pathwork.mail.retry.first-delay", FIRST_RETRY::toString);
        registry.add("pathwork.mail.retry.max-delay", () -> "PT4S");
        registry.add("pathwork.mail.retry.max-attempts", () -> 4);
    }

    @AfterAll
    static void stopServer() {
        SMTP.stop();
    }

    /**
     * Mails on each approval, from an Axon event handler in the command's transaction (as the
     * notification policy will). Imported: with explicit classes, nested configuration is not found.
     */
    @TestConfiguration
    static class ApprovalMails {
        @Bean
        ApprovalMailer approvalMailer(Outbox outbox) {
            return new ApprovalMailer(outbox);
        }
    }

    static class ApprovalMailer {
        private final Outbox outbox;

        ApprovalMailer(Outbox outbox) {
            this.outbox = outbox;
        }

        @EventHandler
        void on(PlacementApproved approved) {
            outbox.enqueue(new OutgoingMail(approved.supervisorId(), "supervisor@employer.example",
                    "A student starts with you", "Open Pathwork to see who.", null, "test.approved",
                    approved.placementId(), "test.approved:" + approved.placementId()));
        }
    }

    @Autowired Outbox outbox;
    @Autowired MailDispatcher dispatcher;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired PlacementService placements;
    @Autowired RuntimeService runtime;
    @Autowired Fixtures given;
    @Value("${spring.datasource.url}") String databaseUrl;
    @Value("${spring.datasource.username}") String databaseUser;

    TransactionTemplate transaction;

    @BeforeEach
    void cleanServerAndOutbox() {
        transaction = new TransactionTemplate(transactionManager);
        SMTP.acceptAll();
        SMTP.ensureRunning();
        SMTP.purge();
        jdbc.sql("delete from mail_outbox").update();
    }

    // --- sent after commit, once -------------------------------------------------------------------

    @Test
    void aMailQueuedInATransactionThatCommitsArrivesOnceWithTextHtmlAndItsMessageId() throws Exception {
        String link = "https://pathwork.school.example/a/3f9c?sig=abc";
        String id = queue(new OutgoingMail("person-1", "supervisor@employer.example", "Hours wait for you",
                "Confirm here: " + link, "<p>Confirm <a href=\"" + link + "\">here</a></p>", "hours.waiting", null,
                "hours.waiting:" + UUID.randomUUID()));

        await().atMost(Duration.ofSeconds(10)).until(() -> SMTP.received().size() == 1);
        MimeMessage mail = SMTP.received().get(0);
        assertThat(mail.getSubject()).isEqualTo("Hours wait for you");
        assertThat(mail.getHeader("To", ",")).isEqualTo("supervisor@employer.example");
        assertThat(mail.getHeader("From", ",")).isEqualTo(FROM);
        assertThat(mail.getMessageID()).isEqualTo("<" + id + "@school.example>").isEqualTo(dispatcher.messageId(id));
        assertThat(mail.getHeader("Auto-Submitted", ",")).isEqualTo("auto-generated");
        Map<String, String> parts = alternatives(mail);
        assertThat(parts.keySet()).containsExactly("text/plain", "text/html");
        assertThat(parts.get("text/plain")).isEqualTo("Confirm here: " + link);
        assertThat(parts.get("text/html")).contains("<a href=\"" + link + "\">here</a>");

        await().atMost(Duration.ofSeconds(5)).until(() -> row(id).status() == MailStatus.SENT);
        OutboxMail sent = row(id);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.lastError()).isNull();
        assertThat(dispatcher.dispatchDue()).as("nothing left to send").isZero();
        assertThat(SMTP.received()).hasSize(1);
    }

    @Test
    void aPlainTextMailHasOnePart() throws Exception {
        queue(mail("a@example.org", null));

        await().atMost(Duration.ofSeconds(10)).until(() -> SMTP.received().size() == 1);
        MimeMessage mail = SMTP.received().get(0);
        assertThat(mail.getContentType()).startsWith("text/plain");
        assertThat(((String) mail.getContent()).strip()).isEqualTo("The text.");
    }

    @Test
    void aTransactionThatRollsBackLeavesNoMail() {
        String key = "rolled-back:" + UUID.randomUUID();
        transaction.executeWithoutResult(tx -> {
            outbox.enqueue(mail("a@example.org", key));
            tx.setRollbackOnly();
        });

        assertThat(jdbc.sql("select count(*) from mail_outbox").query(Integer.class).single()).isZero();
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(SMTP.received()).isEmpty();
    }

    @Test
    void anEventHandlerQueuesInItsCommandsTransactionSoAFailedCommandMailsNobody() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        String opportunity = given.opportunity(coordinator, supervisor, 1, 14, 10);
        String id = placements.apply(given.student(18), opportunity, List.of("Goal"), given.today(),
                given.today().plusDays(9));

        // the process refuses to move: the approval's events and its mail roll back together
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        runtime.suspendProcessInstanceById(instance);
        assertThatThrownBy(() -> placements.approve(coordinator, id, null, null, null)).isInstanceOf(RuntimeException.class);
        assertThat(jdbc.sql("select count(*) from mail_outbox where placement_id = ?").param(id).query(Integer.class)
                .single()).isZero();

        runtime.activateProcessInstanceById(instance);
        placements.approve(coordinator, id, null, null, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> SMTP.received().size() == 1);
        assertThat(jdbc.sql("select status from mail_outbox where placement_id = ?").param(id).query(String.class)
                .single()).isEqualTo("SENT");
    }

    @Test
    void queueingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.enqueue(mail("a@example.org", null)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theSameCauseQueuedTwiceMakesOneMail() {
        String key = "hours.waiting:" + UUID.randomUUID();
        Boolean firstThenIgnored = transaction.execute(tx -> outbox.enqueue(mail("a@example.org", key))
                && !outbox.enqueue(mail("a@example.org", key)));
        assertThat(firstThenIgnored).as("second in the same transaction ignored").isTrue();
        Boolean later = transaction.execute(tx -> outbox.enqueue(mail("a@example.org", key)));
        assertThat(later).as("a retried command or replayed event later").isFalse();

        await().atMost(Duration.ofSeconds(10)).until(() -> SMTP.received().size() == 1);
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(SMTP.received()).hasSize(1);
        assertThat(jdbc.sql("select count(*) from mail_outbox").query(Integer.class).single()).isOne();
    }

    // --- retries -----------------------------------------------------------------------------------

    @Test
    void whileTheServerIsDownTheMailWaitsLongerEachTimeAndArrivesWhenItIsBack() {
        SMTP.stop();
        String id = queue(mail("a@example.org", null));

        await().atMost(Duration.ofSeconds(10)).until(() -> row(id).attempts() == 1);
        OutboxMail first = row(id);
        assertThat(first.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(first.lastError()).isEqualTo("The mail server could not be reached.");
        assertThat(dispatcher.dispatchDue()).as("not tried again before its time").isZero();

        await().atMost(Duration.ofSeconds(10)).until(() -> row(id).attempts() == 2);
        OutboxMail second = row(id);
        assertThat(Duration.between(first.nextAttemptAt(), second.nextAttemptAt()))
                .as("the second wait is twice the first").isBetween(FIRST_RETRY.multipliedBy(2), Duration.ofMillis(3500));

        SMTP.restart();
        await().atMost(Duration.ofSeconds(15)).until(() -> SMTP.received().size() == 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> row(id).status() == MailStatus.SENT);
        assertThat(row(id).attempts()).isEqualTo(3);
        assertThat(row(id).lastError()).isNull();
    }

    @Test
    void aServerThatAsksToTryLaterIsTriedAgainUntilTheLastAttemptThenTheMailFailed() {
        SMTP.refuseRecipients("451 4.3.0 Mailbox temporarily unavailable");
        String id = queue(mail("a@example.org", null));

        await().atMost(Duration.ofSeconds(20)).until(() -> row(id).status() == MailStatus.FAILED);
        OutboxMail failed = row(id);
        assertThat(failed.attempts()).isEqualTo(4);
        assertThat(failed.lastError()).isEqualTo("The mail server asked to try again later (451).");
        assertThat(SMTP.received()).isEmpty();
    }

    @Test
    void aMailTheServerAsksToRetryArrivesOnceTheServerTakesIt() {
        SMTP.refuseRecipients("451 4.3.0 Mailbox temporarily unavailable");
        String id = queue(mail("a@example.org", null));
        await().atMost(Duration.ofSeconds(10)).until(() -> row(id).attempts() == 1);

        SMTP.acceptAll();
        await().atMost(Duration.ofSeconds(10)).until(() -> SMTP.received().size() == 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> row(id).status() == MailStatus.SENT);
        assertThat(row(id).attempts()).isEqualTo(2);
    }

    // --- refusals ----------------------------------------------------------------------------------

    @Test
    void aRefusedAddressBouncesAtOnce() {
        SMTP.refuseRecipients("550 5.1.1 No such user");
        String id = queue(mail("nobody@example.org", null));

        await().atMost(Duration.ofSeconds(10)).until(() -> row(id).status() == MailStatus.BOUNCED);
        assertThat(row(id).attempts()).isEqualTo(1);
        assertThat(row(id).lastError()).isEqualTo("The mail server refused the address (550).");
    }

    @Test
    void aRefusedMessageBouncesAtOnce() {
        SMTP.refuseMessages("554 5.6.0 Message refused");
        String id = queue(mail("a@example.org", null));

        await().atMost(Duration.ofSeconds(10)).until(() -> row(id).status() == MailStatus.BOUNCED);
        assertThat(row(id).lastError()).isEqualTo("The mail server refused the message (554).");
        assertThat(SMTP.received()).isEmpty();
    }

    @Test
    void aRefusedSenderIsAMistakeInTheSettingsAndIsRetriedNotBounced() {
        SMTP.refuseSender("553 5.7.1 Sender address rejected");
        String id = queue(mail("a@example.org", null));

        await().atMost(Duration.ofSeconds(10)).until(() -> row(id).attempts() == 1);
        assertThat(row(id).status()).isEqualTo(MailStatus.QUEUED);
        assertThat(row(id).lastError()).isEqualTo("The mail server refused Pathwork's sender address (553).");
    }

    @Test
    void anAddressThatIsNoAddressBouncesWithoutAskingTheServer() {
        String id = queue(mail("dana at home", null));

        await().atMost(Duration.ofSeconds(10)).until(() -> row(id).status() == MailStatus.BOUNCED);
        assertThat(row(id).lastError()).isEqualTo("This is not a valid e-mail address.");
    }

    @Test
    void aPersonWithoutAnAddressIsBouncedAtOnceSoTheCoordinatorSeesIt() {
        String id = queue(mail(null, null));

        OutboxMail kept = row(id);
        assertThat(kept.status()).isEqualTo(MailStatus.BOUNCED);
        assertThat(kept.attempts()).isZero();
        assertThat(kept.lastError()).isEqualTo("There is no e-mail address for this person.");
    }

    // --- several dispatchers -----------------------------------------------------------------------

    @Test
    void threeDispatchersOnTheirOwnConnectionPoolsSendEveryMailExactlyOnce() throws Exception {
        int count = 150;
        List<String> ids = new ArrayList<>();
        transaction.executeWithoutResult(tx -> {
            for (int i = 0; i < count; i++) {
                outbox.enqueue(mail("reader" + i + "@example.org", "many:" + i));
            }
        });
        // the application's own dispatcher was woken by that commit; two more join it, as two more instances would
        List<HikariDataSource> pools = new ArrayList<>();
        List<CompletableFuture<Integer>> others = new ArrayList<>();
        CyclicBarrier together = new CyclicBarrier(2);
        try {
            for (int i = 0; i < 2; i++) {
                HikariDataSource pool = new HikariDataSource();
                pool.setJdbcUrl(databaseUrl);
                pool.setUsername(databaseUser);
                pool.setMaximumPoolSize(2);
                pools.add(pool);
                JavaMailSenderImpl sender = new JavaMailSenderImpl();
                sender.setHost("127.0.0.1");
                sender.setPort(SMTP.port());
                MailDispatcher other = new MailDispatcher(JdbcClient.create(pool), new DataSourceTransactionManager(pool),
                        sender, new MailSettings(FROM, null, null), java.time.Clock.systemUTC());
                others.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        together.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return other.dispatchDue();
                }));
            }
            int byOthers = 0;
            for (CompletableFuture<Integer> f : others) {
                byOthers += f.get(60, TimeUnit.SECONDS);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> SMTP.received().size() >= count);

            Map<String, Integer> copies = SMTP.copiesByMessageId();
            assertThat(copies).hasSize(count);
            assertThat(copies.values()).allMatch(n -> n == 1);
            assertThat(jdbc.sql("select count(*) from mail_outbox where status = 'SENT' and attempts = 1")
                    .query(Integer.class).single()).isEqualTo(count);
            assertThat(byOthers).as("mails sent by the two other dispatchers").isPositive();
        } finally {
            pools.forEach(HikariDataSource::close);
        }
    }

    // --- helpers -----------------------------------------------------------------------------------

    private static OutgoingMail mail(String to, String dedupeKey) {
        return new OutgoingMail(null, to, "A subject", "The text.", null, "test.mail", null, dedupeKey);
    }

    /** Queues a mail in a transaction of its own and returns its outbox id. */
    private String queue(OutgoingMail mail) {
        transaction.executeWithoutResult(tx -> outbox.enqueue(mail));
        return jdbc.sql("select mail_id from mail_outbox order by created_at desc, mail_id fetch first 1 rows only")
                .query(String.class).single();
    }

    private OutboxMail row(String id) {
        return jdbc.sql("select * from mail_outbox where mail_id = ?").param(id).query(Outbox::mail).single();
    }

    /** The parts of a multipart/alternative, wherever MimeMessageHelper nested it, by content type. */
    private static Map<String, String> alternatives(MimeMessage mail) throws Exception {
        Map<String, String> found = new java.util.LinkedHashMap<>();
        collect(mail.getContent(), found);
        return found;
    }

    private static void collect(Object content, Map<String, String> found) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.getContent() instanceof Multipart) {
                    collect(part.getContent(), found);
                } else {
                    found.put(part.getContentType().split(";")[0].strip().toLowerCase(), part.getContent().toString());
                }
            }
        }
    }
}
