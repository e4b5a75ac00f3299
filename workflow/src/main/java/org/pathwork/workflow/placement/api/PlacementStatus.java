package org.pathwork.workflow.placement.api;

import java.util.EnumSet;
import java.util.Set;

public enum PlacementStatus {
    APPLIED, CHANGES_REQUESTED, REJECTED, APPROVED, ACTIVE, SUSPENDED, ENDED, COMPLETED, WITHDRAWN, TERMINATED;

    private static final Set<PlacementStatus> TERMINAL = EnumSet.of(REJECTED, COMPLETED, WITHDRAWN, TERMINATED);
    private static final Set<PlacementStatus> HOLDS_SEAT = EnumSet.of(APPROVED, ACTIVE, SUSPENDED, ENDED);

    public boolean isTerminal() {
        return TERMINAL.contains(this);
    }

    /** Approval takes a seat of the opportunity; it is given back if the placement stops before completion. */
    public boolean holdsSeat() {
        return HOLDS_SEAT.contains(this);
    }
}
