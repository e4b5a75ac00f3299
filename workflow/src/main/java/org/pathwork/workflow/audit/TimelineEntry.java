package org.pathwork.workflow.audit;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One line of a placement's audit timeline: who did what, when, from where and why.
 *
 * @param seq           position in the timeline, 1 = oldest
 * @param summary       what happened, in a sentence; the words a person gave as the {@code reason} are
 *                      not repeated in it
 * @param eventSequence the event's sequence number in the aggregate's stream; null for process steps
 * @param type          the event type (e.g. HoursLogged) or the process step (e.g. TaskCreated, TimerFired)
 * @param actorId       person id, or "system" for the process engine and timers
 * @param details       what the event recorded beyond its sentence, a line each (the final evaluation's
 *                      rating of each skill and its comment), for the export; empty for most entries
 */
public record TimelineEntry(int seq, Instant at, String type, String actorId, String role, String source,
                            String reason, String summary, String correlationId, Long eventSequence,
                            List<String> details) {

    /** The coordinator's review of the application and the reflections: what supervisors are not shown. */
    private static final Set<String> REVIEWS = Set.of("ChangesRequested", "ApplicationRejected",
            "PlacementApproved", "ReflectionAccepted", "ReflectionReturned", "PlacementCompleted");

    public TimelineEntry {
        details = details == null ? List.of() : List.copyOf(details);
    }

    /** An entry with nothing beyond its sentence. */
    public TimelineEntry(int seq, Instant at, String type, String actorId, String role, String source,
                         String reason, String summary, String correlationId, Long eventSequence) {
        this(seq, at, type, actorId, role, source, reason, summary, correlationId, eventSequence, List.of());
    }

    /**
     * Whether the process engine wrote this entry (a task opened or done, a timer fired) rather than
     * the placement's own history: the workings a coordinator checks, not the story a student follows.
     */
    public boolean processStep() {
        return eventSequence == null;
    }

    /** This entry without the comment a coordinator gave with a review, if it is a review. */
    public TimelineEntry withoutReviewComment() {
        if (!REVIEWS.contains(type)) {
            return this;
        }
        int colon = summary == null ? -1 : summary.indexOf(": ");
        String shortSummary = colon < 0 ? summary : summary.substring(0, colon) + ".";
        return new TimelineEntry(seq, at, type, actorId, role, source, null, shortSummary, correlationId, eventSequence,
                details);
    }

    TimelineEntry withSeq(int newSeq) {
        return new TimelineEntry(newSeq, at, type, actorId, role, source, reason, summary, correlationId, eventSequence,
                details);
    }
}
