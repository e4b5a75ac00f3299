package org.pathwork.workflow.notification;

import java.util.Arrays;
import java.util.List;
import org.pathwork.workflow.common.Role;

/**
 * What Pathwork tells people, by whom it reaches (shared/design.md, "Reaching people"). A required
 * kind is one a person cannot turn off or delay to a digest: without it a minor could be at a
 * workplace nobody agreed to, or an application could wait unseen.
 */
public enum NoticeKind {
    PLACEMENT_TO_START(Role.SUPERVISOR, true, "A placement is approved and waits for you to start it"),
    HOURS_TO_CONFIRM(Role.SUPERVISOR, false, "A student logged hours that wait for your confirmation"),
    HOURS_REMINDER(Role.SUPERVISOR, false, "No hours have been logged for a week"),
    EVALUATION_DUE(Role.SUPERVISOR, false, "A placement ended and its final evaluation is due"),
    REVIEW_OVERDUE(Role.COORDINATOR, true, "An application's review is overdue"),
    REFLECTION_TO_REVIEW(Role.COORDINATOR, false, "A final reflection waits for your review"),
    SIGN_OFF_READY(Role.COORDINATOR, false, "A placement is ready to be signed off"),
    CHANGES_REQUESTED(Role.STUDENT, false, "Your coordinator asked for changes to your application"),
    REFLECTION_RETURNED(Role.STUDENT, false, "Your reflection was returned to you"),
    FINAL_REFLECTION_DUE(Role.STUDENT, false, "Your placement ended and your final reflection is due"),
    HOURS_DECLINED(Role.STUDENT, false, "Your supervisor declined hours you logged"),
    PLACEMENT_COMPLETED(Role.STUDENT, false, "Your placement is complete"),
    CONSENT_NEEDED(Role.GUARDIAN, true, "Your consent is needed for your child's placement");

    private final Role role;
    private final boolean required;
    private final String description;

    NoticeKind(Role role, boolean required, String description) {
        this.role = role;
        this.required = required;
        this.description = description;
    }

    /** Whom this kind reaches. */
    public Role role() {
        return role;
    }

    /** Whether it is always mailed at once: never turned off, never held for a digest. */
    public boolean required() {
        return required;
    }

    /** A sentence for the settings page. */
    public String description() {
        return description;
    }

    public static List<NoticeKind> of(Role role) {
        return Arrays.stream(values()).filter(k -> k.role == role).toList();
    }
}
