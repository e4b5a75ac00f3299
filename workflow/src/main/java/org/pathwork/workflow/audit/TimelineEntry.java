package org.pathwork.workflow.audit;

import java.time.Instant;

/**
 * One line of a placement's audit timeline: who did what, when, from where and why.
 *
 * @param seq           position in the timeline, 1 = oldest
 * @param eventSequence the event's sequence number in the aggregate's stream; null for process steps
 * @param type          the event type (e.g. HoursLogged) or the process step (e.g. TaskCreated, TimerFired)
 * @param actorId       person id, or "system" for the process engine and timers
 */
public record TimelineEntry(int seq, Instant at, String type, String actorId, String role, String source,
                            String reason, String summary, String correlationId, Long eventSequence) {

    /** The coordinator's review of the application and the reflections: what supervisors are not shown. */
    private static final java.util.Set<String> REVIEWS = java.util.Set.of("ChangesRequested", "ApplicationRejected",
            "PlacementApproved", "ReflectionAccepted", "ReflectionReturned", "PlacementCompleted");

    /** This entry without the comment a coordinator gave with a review, if it is a review. */
    public TimelineEntry withoutReviewComment() {
        if (!REVIEWS.contains(type)) {
            return this;
        }
        int colon = summary == null ? -1 : summary.indexOf(": ");
        String shortSummary = colon < 0 ? summary : summary.substring(0, colon) + ".";
        return new TimelineEntry(seq, at, type, actorId, role, source, null, shortSummary, correlationId, eventSequence);
    }

    TimelineEntry withSeq(int newSeq) {
        return new TimelineEntry(newSeq, at, type, actorId, role, source, reason, summary, correlationId, eventSequence);
    }
}
