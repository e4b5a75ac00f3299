package org.pathwork.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's SQL on H2, the embedded default, which has no {@code ON CONFLICT} and applies
 * {@code FETCH FIRST} before {@code SKIP LOCKED}: queue, deduplicate, claim and send; and keep
 * mails when there is no mail host. Without Spring: the migrations, the two classes and a GreenMail.
 */
class OutboxOnH2Test {

    static final TestMailServer SMTP = TestMailServer.start();

    DriverManagerDataSource database;
    JdbcClient jdbc;
    TransactionTemplate transaction;
    Outbox outbox;

    @BeforeEach
    void freshDatabase() {
        database = new DriverManagerDataSource("jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(database);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
        outbox = new Outbox(jdbc, database, Clock.systemUTC(), event -> { });
        SMTP.purge();
    }

    @AfterAll
    static void stopServer() {
        SMTP.stop();
    }

    @Test
    void aQueuedMailIsSentOnceAndTheSameCauseTwiceMakesOneMail() {
        Boolean first = transaction.execute(tx -> outbox.enqueue(mail("hours:1")));
        Boolean again = transaction.execute(tx -> outbox.enqueue(mail("hours:1")));
        transaction.executeWithoutResult(tx -> outbox.enqueue(mail(null)));
        transaction.executeWithoutResult(tx -> outbox.enqueue(mail(null)));
        assertThat(first).isTrue();
        assertThat(again).isFalse();

        MailDispatcher dispatcher = dispatcher(sender());
        assertThat(dispatcher.dispatchDue()).isEqualTo(3);
        assertThat(dispatcher.dispatchDue()).isZero();

        await().atMost(Duration.ofSeconds(10)).until(() -> SMTP.received().size() == 3);
        assertThat(SMTP.copiesByMessageId().values()).containsOnly(1);
        assertThat(jdbc.sql("select count(*) from mail_outbox where status = 'SENT'").query(Integer.class).single())
                .isEqualTo(3);
    }

    @Test
    void aRowQueuedWithoutAnAddressBouncesInsteadOfBeingTriedAgainAndAgain() {
        jdbc.sql("""
                insert into mail_outbox (mail_id, subject, text_body, kind, status, next_attempt_at, created_at)
                values ('no-address', 'A subject', 'The text.', 'test.mail', 'QUEUED', current_timestamp, current_timestamp)""")
                .update();

        assertThat(dispatcher(sender()).dispatchDue()).isOne();
        assertThat(jdbc.sql("select status || ' ' || last_error from mail_outbox").query(String.class).single())
                .isEqualTo("BOUNCED There is no e-mail address for this person.");
    }

    @Test
    void withoutAMailHostMailsAreKeptForAdminsToRead() {
        transaction.executeWithoutResult(tx -> outbox.enqueue(mail(null)));

        assertThat(dispatcher(null).dispatchDue()).isOne();
        assertThat(jdbc.sql("select status from mail_outbox").query(String.class).single()).isEqualTo("KEPT");
        assertThat(SMTP.received()).isEmpty();
    }

    private MailDispatcher dispatcher(JavaMailSenderImpl sender) {
        return new MailDispatcher(jdbc, new DataSourceTransactionManager(database), sender,
                new MailSettings(null, null, null), Clock.systemUTC());
    }

    private static JavaMailSenderImpl sender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SMTP.port());
        return sender;
    }

    private static OutgoingMail mail(String dedupeKey) {
        return new OutgoingMail(null, "a@example.org", "A subject", "The text.", "<p>The text.</p>", "test.mail", null,
                dedupeKey);
    }
}
