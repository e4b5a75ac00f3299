package org.pathwork.workflow.notification;

import java.time.LocalDate;

/**
 * One thing to tell one person: shown in their list of updates and mailed as their settings say.
 *
 * @param subject   the mail's subject and the update's title
 * @param body      what happened and what is asked, in plain sentences (no greeting, no link)
 * @param link      where to act: an action link that works without signing in, or a page of the app
 * @param linkLabel the link's words, e.g. "Confirm the start of Ana's placement"
 * @param dueOn     when what is asked is due, if it is
 * @param dedupeKey the cause: the same key twice (a retried command, a task made again) tells once
 */
public record Notice(NoticeKind kind, String personId, String placementId, String subject, String body, String link,
                     String linkLabel, LocalDate dueOn, String dedupeKey) {
}
