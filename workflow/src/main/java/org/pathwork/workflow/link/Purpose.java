package org.pathwork.workflow.link;

import org.pathwork.workflow.common.Role;

/**
 * The one thing a link lets its person do, and the role they must still have to do it. Confirming
 * a student's hours (issue 13) comes as {@code CONFIRM_HOURS}, for supervisors, with the hours entry
 * as the link's subject; the compiler then names each switch in {@link ActionLinks} that must learn it.
 */
public enum Purpose {
    /** The supervisor starts an approved placement. */
    START_PLACEMENT(Role.SUPERVISOR),
    /** The supervisor submits the final evaluation of durable skills of an ended placement. */
    SUBMIT_EVALUATION(Role.SUPERVISOR),
    /**
     * The supervisor confirms the hours a student logged that wait for them: those the page lists
     * when it is opened (one mail per placement and day carries one such link).
     */
    CONFIRM_HOURS(Role.SUPERVISOR),
    /** A guardian of a minor consents to their child's approved placement. */
    GIVE_CONSENT(Role.GUARDIAN);

    private final Role role;

    Purpose(Role role) {
        this.role = role;
    }

    /** Whom a link of this purpose is for; a person whose role has changed since can no longer use it. */
    public Role role() {
        return role;
    }
}
