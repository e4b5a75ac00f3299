package org.pathwork.workflow.audit;

import java.util.List;

/** The process engine's side of a placement's history (tasks created and completed, timers fired). */
public interface ProcessHistory {

    /** Entries with seq 0; the timeline numbers them after merging. */
    List<TimelineEntry> stepsOf(String placementId);
}
