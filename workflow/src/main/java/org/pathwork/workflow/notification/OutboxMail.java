package org.pathwork.workflow.notification;

import java.time.Instant;

/**
 * A mail as the outbox holds it, for admins.
 *
 * @param lastError why the last attempt did not go through, as a sentence; null once sent
 */
public record OutboxMail(String id, String recipientPersonId, String to, String subject, String text, String html,
                         String kind, String placementId, MailStatus status, int attempts, Instant nextAttemptAt,
                         String lastError, Instant createdAt, Instant sentAt) {
}
