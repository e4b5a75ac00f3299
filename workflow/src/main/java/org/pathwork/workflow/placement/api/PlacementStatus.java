package org.pathwork.workflow.placement.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where a placement is in its lifecycle, and which actions each status allows. The aggregate refuses
 * what these methods do not allow, and the screens offer only what they allow: one statement of each
 * rule for both.
 */
public enum PlacementStatus {
    APPLIED, CHANGES_REQUESTED, REJECTED, APPROVED, ACTIVE, SUSPENDED, ENDED, COMPLETED, WITHDRAWN, TERMINATED;

    private static final Set<PlacementStatus> TERMINAL = EnumSet.of(REJECTED, COMPLETED, WITHDRAWN, TERMINATED);
    private static final Set<PlacementStatus> HOLDS_SEAT = EnumSet.of(APPROVED, ACTIVE, SUSPENDED, ENDED);
    private static final Set<PlacementStatus> AT_WORK = EnumSet.of(ACTIVE, SUSPENDED, ENDED);
    private static final Set<PlacementStatus> WORKING_OR_ENDED = EnumSet.of(ACTIVE, ENDED);

    public boolean isTerminal() {
        return TERMINAL.contains(this);
    }

    /** Approval takes a seat of the opportunity; it is given back if the placement stops before completion. */
    public boolean holdsSeat() {
        return HOLDS_SEAT.contains(this);
    }

    /**
     * Started and not yet signed off, suspended included: hours are confirmed, declined, taken back or
     * voided, and the supervisor gives feedback.
     */
    public boolean isAtWork() {
        return AT_WORK.contains(this);
    }

    /** Hours are logged while the student works and after the end until sign-off, not while suspended. */
    public boolean allowsLoggingHours() {
        return WORKING_OR_ENDED.contains(this);
    }

    /** Journal entries and the final reflection are written when hours can be logged. */
    public boolean allowsReflecting() {
        return WORKING_OR_ENDED.contains(this);
    }

    /** The student revises only an application the coordinator sent back. */
    public boolean allowsRevision() {
        return this == CHANGES_REQUESTED;
    }

    public boolean allowsStart() {
        return this == APPROVED;
    }

    public boolean allowsEnding() {
        return this == ACTIVE;
    }

    /** The supervisor evaluates once the work has ended, before sign-off. */
    public boolean allowsEvaluation() {
        return this == ENDED;
    }

    /** The statuses that allow what the rule says, in lifecycle order (for sentences such as "while active or ended"). */
    public static Set<PlacementStatus> where(Predicate<PlacementStatus> rule) {
        Set<PlacementStatus> matching = EnumSet.noneOf(PlacementStatus.class);
        Arrays.stream(values()).filter(rule).forEach(matching::add);
        return java.util.Collections.unmodifiableSet(matching);
    }
}
