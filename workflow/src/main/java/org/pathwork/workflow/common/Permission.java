package org.pathwork.workflow.common;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which roles may attempt each write, stated once: the application services check it, and the
 * HTTP API checks the same constant before it reads a request's body, so a caller who may not act
 * learns nothing about the body. Whether the actor is the placement's own student or supervisor is
 * decided by the placement's visibility, which the services check next.
 */
public enum Permission {
    APPLY("Only students can apply for an opportunity.", false, Role.STUDENT),
    REQUEST_CHANGES("Only coordinators can request changes.", true, Role.COORDINATOR),
    REVISE("Only the placement's student can revise this application.", true, Role.STUDENT),
    APPROVE("Only coordinators can approve placements.", true, Role.COORDINATOR),
    REJECT("Only coordinators can reject applications.", true, Role.COORDINATOR),
    RECORD_GUARDIAN_CONSENT("Only coordinators can record guardian consent.", true, Role.COORDINATOR),
    GIVE_GUARDIAN_CONSENT("Only a guardian of the student can give consent for this placement.", true, Role.GUARDIAN),
    START("Only the placement's supervisor or a coordinator can start this placement.", true,
            Role.SUPERVISOR, Role.COORDINATOR),
    LOG_HOURS("Only the placement's student or supervisor can log hours.", true, Role.SUPERVISOR, Role.STUDENT),
    VOID_HOURS("Only the placement's supervisor or a coordinator can void hours.", true,
            Role.SUPERVISOR, Role.COORDINATOR),
    /** Confirming vouches for hours worked at the workplace: only the person who saw them work can. */
    CONFIRM_HOURS("Only the placement's supervisor can confirm hours.", true, Role.SUPERVISOR),
    /** A coordinator may decline too: when a supervisor has left or does not answer, hours must not wait for ever. */
    DECLINE_HOURS("Only the placement's supervisor or a coordinator can decline hours.", true,
            Role.SUPERVISOR, Role.COORDINATOR),
    WITHDRAW_HOURS("Only the placement's student can take back hours they logged.", true, Role.STUDENT),
    GIVE_FEEDBACK("Only the placement's supervisor can give feedback.", true, Role.SUPERVISOR),
    SUBMIT_REFLECTION("Only the placement's student can write reflections.", true, Role.STUDENT),
    REVIEW_REFLECTION("Only coordinators can review reflections.", true, Role.COORDINATOR),
    END("Only the placement's supervisor or a coordinator can end this placement.", true,
            Role.SUPERVISOR, Role.COORDINATOR),
    SUBMIT_EVALUATION("Only the placement's supervisor can submit the final evaluation.", true, Role.SUPERVISOR),
    COMPLETE("Only coordinators can sign off completions.", true, Role.COORDINATOR),
    WITHDRAW("Only the placement's student can withdraw from this placement.", true, Role.STUDENT),
    TERMINATE("Only coordinators can terminate placements.", true, Role.COORDINATOR),
    SUSPEND("Only coordinators can suspend placements.", true, Role.COORDINATOR),
    RESUME("Only coordinators can resume placements.", true, Role.COORDINATOR),
    PUBLISH_OPPORTUNITY("Only coordinators can publish opportunities.", false, Role.COORDINATOR),
    MANAGE_EMPLOYER_PARTNERS("Only coordinators can manage employer partners.", false, Role.COORDINATOR),
    MANAGE_PEOPLE("Only administrators can manage people and organizations.", false, Role.ADMIN),
    /** Reads of groups of students (demographics inside): checked before any figure is counted. */
    READ_GROUP_REPORTS("Only coordinators can read the equity and outcomes reports.", false, Role.COORDINATOR),
    /** A read, but of every mail queued for anyone: checked as early as the writes are. */
    READ_OUTBOX("Only administrators can read the outbox.", false, Role.ADMIN),
    CHANGE_OWN_PASSWORD("Sign in to change your password.", false, Role.STUDENT, Role.SUPERVISOR, Role.COORDINATOR,
            Role.GUARDIAN, Role.ADMIN);

    private final String refusal;
    private final boolean onPlacement;
    private final Set<Role> roles;

    Permission(String refusal, boolean onPlacement, Role first, Role... more) {
        this.refusal = refusal;
        this.onPlacement = onPlacement;
        this.roles = EnumSet.of(first, more);
    }

    /** True when the action is on one placement, whose visibility is checked after the role. */
    public boolean onPlacement() {
        return onPlacement;
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }

    /** @throws Forbidden when the actor's role may not attempt this at all */
    public void check(Actor actor) {
        if (!allows(actor.role())) {
            throw new Forbidden(refusal);
        }
    }

    /** The sentence of a refusal, also for an actor of an allowed role who is not the placement's own. */
    public Forbidden refused() {
        return new Forbidden(refusal);
    }
}
