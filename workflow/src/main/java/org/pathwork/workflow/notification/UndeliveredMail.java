package org.pathwork.workflow.notification;

import java.time.Instant;

/**
 * A mail about a placement that failed or bounced, as a coordinator sees it: whom it was for (their
 * name, not their address), what about, and why it did not arrive.
 *
 * @param recipientName the recipient's name in the directory, or null when the mail was to no person
 *                      of it (or the person was erased)
 * @param reason        a sentence for people
 */
public record UndeliveredMail(String id, String placementId, String recipientName, String subject, String kind,
                              MailStatus status, String reason, Instant createdAt) {
}
