package org.pathwork.workflow.notification;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /** Waiting to be sent: now, or at its next attempt after a failure. */
    QUEUED,
    /** Accepted by the mail server. */
    SENT,
    /** There is no mail host ({@code spring.mail.host} unset): kept in the outbox for admins to read, never sent. */
    KEPT,
    /** Given up after the last attempt: the mail server could not be reached or kept asking to try later. */
    FAILED,
    /** Refused for good: the address or the message was refused, or there is no address. */
    BOUNCED;

    /** True for the mails that will never arrive. */
    public boolean undelivered() {
        return this == FAILED || this == BOUNCED;
    }
}
