package org.pathwork.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.TestDatabase;
import org.pathwork.workflow.notification.TestMailServer;

/**
 * Two application processes send one outbox to a real SMTP server (GreenMail, in this JVM) and each
 * is killed with SIGKILL while mails are going out; one is started again and finishes the job.
 *
 * <p>What can honestly be guaranteed, and is asserted: no mail is lost (every outbox row arrives
 * and ends SENT); no mail arrives that the outbox does not hold; a mail arrives twice only if a
 * process was killed after the server accepted it and before its transaction committed, so at most
 * one repeat per kill, and a repeat carries the same Message-ID as the first copy. Exactly-once over
 * SMTP cannot be had (see MailDispatcher). The processes' logs hold no address.
 *
 * <p>The mails are inserted straight into mail_outbox: until the notification policy exists, nothing
 * in the application queues mails, and an endpoint only for this test would not belong in it.
 */
class MailOutboxFaultTest {

    private static final int MAILS = 300;
    private static final String DOMAIN = "reader.fault.example";

    /**
     * A kill in the middle of an SMTP conversation ends GreenMail's thread for it with an exception;
     * that is the point, so no wait (here or in AppProcess) may take it for a failure of the test.
     */
    @BeforeAll
    static void killedConversationsAreExpected() {
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
    }

    @AfterAll
    static void resetWaits() {
        Awaitility.reset();
    }

    @Test
    void noMailIsLostAndARepeatIsRecognisableWhenSendingInstancesAreKilled() throws Exception {
        TestMailServer smtp = TestMailServer.start();
        String url = TestDatabase.url(TestDatabase.create());
        String[] mail = {"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port(),
                "--pathwork.mail.from=Pathwork <no-reply@school.example>", "--pathwork.mail.poll-interval=PT0.5S"};
        try (AppProcess a = new AppProcess("mail-a", url, mail).start();
             AppProcess b = new AppProcess("mail-b", url, mail).start()) {
            Set<String> queued = queue(url);

            // a is killed a third of the way, b two thirds of the way (b alone sends in between)
            await("a third sent").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20))
                    .until(() -> sent(url) >= MAILS / 3);
            a.kill();
            await("two thirds sent").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20))
                    .until(() -> sent(url) >= 2 * MAILS / 3);
            b.kill();
            assertThat(sent(url)).as("b was killed while mails were still to be sent").isLessThan(MAILS);

            a.start();
            await("every mail sent").atMost(Duration.ofSeconds(180)).until(() -> sent(url) == MAILS);

            Map<String, Integer> copies = smtp.copiesByMessageId();
            Set<String> expected = queued.stream().map(id -> "<" + id + "@school.example>").collect(Collectors.toSet());
            assertThat(copies.keySet()).as("every queued mail arrived, and nothing else").isEqualTo(expected);
            List<String> repeated = copies.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
            assertThat(copies.values()).as("copies of one mail").allMatch(n -> n <= 2);
            assertThat(repeated).as("repeats: at most the one mail in flight per kill").hasSizeLessThanOrEqualTo(2);
            assertThat(smtp.received()).hasSize(MAILS + repeated.size());
            assertThat(count(url, "select count(*) from mail_outbox where status <> 'SENT'")).isZero();

            for (Path log : logs()) {
                assertThat(Files.readString(log)).as(log.toString()).doesNotContain(DOMAIN).doesNotContain("A mail for you");
            }
        } finally {
            smtp.stop();
        }
    }

    /** The outbox rows, as the notification policy's transactions will write them; returns their ids. */
    private static Set<String> queue(String url) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             PreparedStatement insert = c.prepareStatement("""
                     insert into mail_outbox (mail_id, to_address, subject, text_body, html_body, kind, status,
                         attempts, next_attempt_at, created_at)
                     values (?, ?, ?, ?, ?, 'fault.test', 'QUEUED', 0, current_timestamp, current_timestamp)""")) {
            c.setAutoCommit(false);
            for (int i = 0; i < MAILS; i++) {
                String id = UUID.randomUUID().toString();
                ids.add(id);
                insert.setString(1, id);
                insert.setString(2, "reader" + i + "@" + DOMAIN);
                insert.setString(3, "A mail for you, " + i);
                insert.setString(4, "Mail number " + i);
                insert.setString(5, "<p>Mail number " + i + "</p>");
                insert.addBatch();
            }
            insert.executeBatch();
            c.commit();
        }
        return ids;
    }

    private static int sent(String url) throws Exception {
        return count(url, "select count(*) from mail_outbox where status = 'SENT'");
    }

    private static int count(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<Path> logs() throws Exception {
        try (var files = Files.list(Path.of("target", "fault-logs"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("mail-")).toList();
        }
    }
}
