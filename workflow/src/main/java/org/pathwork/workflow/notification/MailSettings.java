package org.pathwork.workflow.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pathwork.mail.*}: how the outbox sends. The mail server itself is Spring Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} nothing is sent and mails are kept in the
 * outbox for admins to read.
 *
 * @param from         the sender, e.g. {@code Pathwork <no-reply@school.example>}; its domain is also
 *                     the right part of every Message-ID
 * @param pollInterval how often the dispatcher looks for due mails besides being woken after each
 *                     commit that queued one (retries, and mails queued by another instance)
 * @param retry        the back-off of failed attempts
 */
@ConfigurationProperties("pathwork.mail")
public record MailSettings(String from, Duration pollInterval, Retry retry) {

    public MailSettings {
        from = from == null || from.isBlank() ? "Pathwork <no-reply@pathwork.invalid>" : from.strip();
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        retry = retry == null ? new Retry(null, null, null) : retry;
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pathwork.mail.poll-interval must be positive");
        }
    }

    /**
     * {@code pathwork.mail.retry.*}: a mail the server did not take is tried again after
     * firstDelay, then twice as long each time up to maxDelay; after maxAttempts attempts it is
     * FAILED. The defaults (1 min, doubling to 1 h, 10 attempts) keep trying for about four hours.
     */
    public record Retry(Duration firstDelay, Duration maxDelay, Integer maxAttempts) {

        public Retry {
            firstDelay = firstDelay == null ? Duration.ofMinutes(1) : firstDelay;
            maxDelay = maxDelay == null ? Duration.ofHours(1) : maxDelay;
            maxAttempts = maxAttempts == null ? 10 : maxAttempts;
            if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0 || maxAttempts < 1) {
                throw new IllegalArgumentException(
                        "pathwork.mail.retry needs 0 < first-delay <= max-delay and max-attempts >= 1");
            }
        }

        /** How long to wait after the given number of failed attempts (1 for the first). */
        public Duration delayAfter(int failedAttempts) {
            Duration delay = firstDelay;
            for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
                delay = delay.multipliedBy(2);
            }
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }
}
