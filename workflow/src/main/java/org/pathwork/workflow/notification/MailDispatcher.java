package org.pathwork.workflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's mails after the transactions that queued them have committed: on a thread of
 * its own, woken right after such a commit, when a retry falls due, and otherwise every
 * {@link MailSettings#pollInterval()} (for mails another instance queued).
 *
 * <h2>Once, and only once as far as SMTP allows</h2>
 * Each mail is sent in a transaction of its own that first locks its row
 * ({@code SELECT … FOR UPDATE SKIP LOCKED}), then hands the mail to the mail server, then marks the
 * row SENT (or schedules the next attempt) and commits. So:
 * <ul>
 *   <li>two dispatchers (two instances on one database) never hold the same row: the second skips
 *   it, and once the first commits the row is no longer QUEUED;</li>
 *   <li>a crash before the mail server has accepted the mail rolls the transaction back: the row is
 *   QUEUED again and sent after restart — nothing is lost;</li>
 *   <li>the one window left is a crash (or a lost database connection) after the server has accepted
 *   the mail and before the commit: the row is QUEUED again and the mail is sent a second time.
 *   Exactly-once delivery over SMTP cannot be had: the server's "250 OK" and our commit are two
 *   systems' decisions with no shared transaction (SMTP has no two-phase commit), so one of them is
 *   always last, and marking SENT before sending would instead lose the mail in the same window.
 *   The window is at most one mail per dispatcher per crash, and both copies carry the same
 *   Message-ID ({@code <outbox id@sender's domain>}), by which mail clients and servers recognise
 *   and drop the repeat.</li>
 * </ul>
 * Without a mail server ({@code spring.mail.host} unset) nothing is sent: queued mails are marked
 * {@link MailStatus#KEPT} and stay in the outbox for admins to read. Log lines carry outbox ids and
 * codes, never addresses or contents.
 */
public class MailDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    /* The oldest due mail that no other dispatcher holds. PostgreSQL skips locked rows before the
       limit; H2 applies the limit first and may then find nothing, which only delays a mail to the
       next poll, and an H2 file database has a single instance anyway. */
    private static final String CLAIM = """
            select mail_id, to_address, subject, text_body, html_body, attempts from mail_outbox
            where status = 'QUEUED' and next_attempt_at <= ?
            order by next_attempt_at, mail_id
            fetch first 1 rows only
            for update skip locked""";

    private static final Duration SOONEST = Duration.ofMillis(250);

    private record Claimed(String id, String to, String subject, String text, String html, int attempts) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JavaMailSender sender;
    private final MailSettings settings;
    private final Clock clock;
    private final InternetAddress from;
    private final String messageIdDomain;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private volatile boolean stopping;
    private volatile Thread worker;
    private boolean failing;

    /**
     * @param sender null when there is no mail host: mails are then kept, not sent
     */
    public MailDispatcher(JdbcClient jdbc, PlatformTransactionManager transactions, JavaMailSender sender,
                          MailSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (AddressException e) {
            throw new IllegalStateException("PW-MAIL-013 pathwork.mail.from is not a valid address: " + settings.from());
        }
        String address = from.getAddress();
        this.messageIdDomain = address.substring(address.indexOf('@') + 1);
    }

    /** The Message-ID of an outbox mail: the same on every attempt, so a repeat is recognisable. */
    public String messageId(String mailId) {
        return "<" + mailId + "@" + messageIdDomain + ">";
    }

    /** Wakes the dispatcher after the commit of a transaction that queued a mail. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onQueued(MailQueued queued) {
        nudge();
    }

    /** Makes the dispatcher look for due mails now instead of at its next poll. */
    public void nudge() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    /**
     * Sends (or, without a mail host, keeps) every mail that is due, one transaction each, and
     * returns how many it settled. The dispatcher's thread calls this; tests may too.
     */
    public int dispatchDue() {
        if (sender == null) {
            int kept = jdbc.sql("update mail_outbox set status = 'KEPT' where status = 'QUEUED'").update();
            if (kept > 0) {
                log.info("PW-MAIL-007 no mail host (spring.mail.host is not set): {} mails kept in the outbox "
                        + "for admins to read", kept);
            }
            return kept;
        }
        int settled = 0;
        while (!stopping && dispatchOne()) {
            settled++;
        }
        return settled;
    }

    /** Claims, sends and marks one due mail in one transaction; false when none is due. */
    private boolean dispatchOne() {
        Boolean found = transactions.execute(tx -> {
            Instant now = clock.instant();
            Optional<Claimed> claimed = jdbc.sql(CLAIM).param(Timestamp.from(now))
                    .query((rs, n) -> new Claimed(rs.getString("mail_id"), rs.getString("to_address"),
                            rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
                            rs.getInt("attempts")))
                    .optional();
            claimed.ifPresent(this::send);
            return claimed.isPresent();
        });
        return Boolean.TRUE.equals(found);
    }

    private void send(Claimed mail) {
        int attempt = mail.attempts() + 1;
        if (mail.to() == null) {
            finish(mail, MailStatus.BOUNCED, attempt, SendFailure.noAddress(),
                    "PW-MAIL-004 mail {} bounced on attempt {}: {}");
            return;
        }
        SendFailure failure = null;
        try {
            sender.send(message(mail));
        } catch (MailException | MessagingException e) {
            failure = SendFailure.of(e);
        } catch (RuntimeException unexpected) {
            // not a mail exception: its message is unknown ground, so only its class is logged
            failure = SendFailure.of(unexpected);
        }
        if (failure == null) {
            // should this fail, or the commit, the row stays QUEUED: the SMTP window of the class comment
            jdbc.sql("update mail_outbox set status = 'SENT', attempts = ?, sent_at = ?, last_error = null"
                    + " where mail_id = ?").params(attempt, Timestamp.from(clock.instant()), mail.id()).update();
            log.info("PW-MAIL-002 sent mail {} (attempt {})", mail.id(), attempt);
            return;
        }
        if (failure.setup()) {
            log.warn("PW-MAIL-006 the mail server refused Pathwork itself ({}): check spring.mail.* and "
                    + "pathwork.mail.from", failure.code());
        }
        switch (failure.outcome()) {
            case BOUNCE -> finish(mail, MailStatus.BOUNCED, attempt, failure,
                    "PW-MAIL-004 mail {} bounced on attempt {}: {}");
            case FAIL -> finish(mail, MailStatus.FAILED, attempt, failure,
                    "PW-MAIL-005 mail {} failed on attempt {}: {}");
            case RETRY -> {
                if (attempt >= settings.retry().maxAttempts()) {
                    finish(mail, MailStatus.FAILED, attempt, failure,
                            "PW-MAIL-005 mail {} failed on attempt {}, the last: {}");
                } else {
                    Instant next = clock.instant().plus(settings.retry().delayAfter(attempt));
                    jdbc.sql("update mail_outbox set attempts = ?, next_attempt_at = ?, last_error = ? where mail_id = ?")
                            .params(attempt, Timestamp.from(next), failure.reason(), mail.id()).update();
                    log.warn("PW-MAIL-003 mail {} not sent on attempt {} of {} ({}); next attempt at {}", mail.id(),
                            attempt, settings.retry().maxAttempts(), failure.code(), next);
                }
            }
        }
    }

    private void finish(Claimed mail, MailStatus status, int attempt, SendFailure failure, String logLine) {
        jdbc.sql("update mail_outbox set status = ?, attempts = ?, last_error = ? where mail_id = ?")
                .params(status.name(), attempt, failure.reason(), mail.id()).update();
        log.warn(logLine, mail.id(), attempt, failure.code());
    }

    private MimeMessage message(Claimed mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, mail.html() != null, "UTF-8");
        helper.setValidateAddresses(true);
        helper.setFrom(from);
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        if (mail.html() != null) {
            helper.setText(mail.text(), mail.html());
        } else {
            helper.setText(mail.text(), false);
        }
        // kept by JavaMailSenderImpl on send: the same id on every attempt
        message.setHeader("Message-ID", messageId(mail.id()));
        // RFC 3834: no out-of-office replies to a notification
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    // --- the thread ----------------------------------------------------------------------------------

    private void loop() {
        log.info(sender == null
                ? "PW-MAIL-000 mail dispatcher started without a mail host: mails are kept in the outbox"
                : "PW-MAIL-000 mail dispatcher started");
        while (running) {
            try {
                dispatchDue();
                if (failing) {
                    failing = false;
                    log.info("PW-MAIL-011 the outbox can be read and written again");
                }
            } catch (RuntimeException e) {
                // the database is away (or a bug): no mail is lost, its row stays QUEUED
                if (!failing) {
                    failing = true;
                    log.warn("PW-MAIL-010 the outbox could not be read or written ({}); trying again every {}",
                            e.getClass().getSimpleName(), settings.pollInterval());
                }
            }
            try {
                wake.tryAcquire(untilNextLook().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Until the next retry falls due, or the poll interval if that is sooner (or unknown). */
    private Duration untilNextLook() {
        Duration poll = settings.pollInterval();
        if (sender == null || failing) {
            return poll;
        }
        try {
            Timestamp next = jdbc.sql("select min(next_attempt_at) from mail_outbox where status = 'QUEUED'")
                    .query((rs, n) -> rs.getTimestamp(1)).single();
            if (next == null) {
                return poll;
            }
            // a due row still here is held by another dispatcher: look again soon, but do not spin
            Duration until = Duration.between(clock.instant(), next.toInstant());
            until = until.compareTo(SOONEST) < 0 ? SOONEST : until;
            return until.compareTo(poll) < 0 ? until : poll;
        } catch (RuntimeException e) {
            return poll;
        }
    }

    @Override
    public void start() {
        stopping = false;
        running = true;
        Thread t = new Thread(this::loop, "pathwork-mail-dispatcher");
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    /** Lets the mail being sent finish (its transaction commits) and stops; gives up waiting after 30 s. */
    @Override
    public void stop() {
        stopping = true;
        running = false;
        nudge();
        Thread t = worker;
        if (t != null) {
            try {
                t.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        worker = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
