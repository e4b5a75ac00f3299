package org.pathwork.workflow.notification;

/**
 * A mail to queue with {@link Outbox#enqueue}. Everything a receiver reads is here; nothing of it
 * goes into logs or events.
 *
 * @param recipientPersonId the person of the directory it is for (names the recipient on the
 *                          coordinator's dashboard); null for an address outside the directory
 * @param to                the address; null or blank when the person has none, which is kept as
 *                          {@link MailStatus#BOUNCED} so that a coordinator sees it
 * @param subject           one line
 * @param text              the plain-text body; required, it is what admins read in the outbox
 * @param html              the HTML alternative, or null for a plain-text mail
 * @param kind              what the mail is about, as a dotted name (e.g. {@code hours.waiting})
 * @param placementId       the placement it is about, or null; coordinators who see the placement
 *                          see the mail when it does not arrive
 * @param dedupeKey         names the cause (e.g. {@code hours.waiting:<entryId>}): a second mail with
 *                          the same key is ignored; null for no check
 */
public record OutgoingMail(String recipientPersonId, String to, String subject, String text, String html,
                           String kind, String placementId, String dedupeKey) {

    public static final int MAX_ADDRESS = 320;
    public static final int MAX_SUBJECT = 500;
    public static final int MAX_KIND = 100;
    public static final int MAX_ID = 64;
    public static final int MAX_DEDUPE_KEY = 200;

    public OutgoingMail {
        to = to == null || to.isBlank() ? null : to.strip();
        require(subject, "subject", MAX_SUBJECT);
        if (subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("A mail's subject is one line.");
        }
        require(text, "text", Integer.MAX_VALUE);
        require(kind, "kind", MAX_KIND);
        limit(to, "to", MAX_ADDRESS);
        limit(recipientPersonId, "recipientPersonId", MAX_ID);
        limit(placementId, "placementId", MAX_ID);
        limit(dedupeKey, "dedupeKey", MAX_DEDUPE_KEY);
    }

    private static void require(String value, String name, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A mail needs its " + name + ".");
        }
        limit(value, name, max);
    }

    private static void limit(String value, String name, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException("A mail's " + name + " has at most " + max + " characters.");
        }
    }
}
