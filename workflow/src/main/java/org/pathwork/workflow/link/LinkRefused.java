package org.pathwork.workflow.link;

import org.pathwork.workflow.common.RuleViolation;

/**
 * A link that cannot be opened or used, with a sentence for the person holding it. Nothing was
 * changed, and the sentence says nothing about the placement to someone the link is not for.
 */
public class LinkRefused extends RuleViolation {

    /** Why; each has a stable code ({@code link.used}, ...). */
    public enum Reason {
        /** Not a link Pathwork signed: altered, cut short when copied, or signed with another key. */
        TAMPERED,
        EXPIRED,
        USED,
        /** Withdrawn when its person was disabled. */
        REVOKED,
        /** Its person can no longer sign in (disabled, or without an account). */
        PERSON_DISABLED,
        /** What it asked is done or can no longer be done, or is no longer this person's to do. */
        NOT_APPLICABLE,
        /** Pressed to do something other than what it was made for. */
        WRONG_PURPOSE;

        String code() {
            return "link." + name().toLowerCase().replace('_', '-');
        }
    }

    private final Reason reason;

    LinkRefused(Reason reason, String sentence) {
        super(reason.code(), reason == Reason.TAMPERED ? Kind.INVALID : Kind.CONFLICT, sentence);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
