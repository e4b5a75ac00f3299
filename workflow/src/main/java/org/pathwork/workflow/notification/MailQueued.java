package org.pathwork.workflow.notification;

/** Published (in-process, not an Axon event) when a mail is queued, so the dispatcher wakes after commit. */
record MailQueued(String mailId) {
}
