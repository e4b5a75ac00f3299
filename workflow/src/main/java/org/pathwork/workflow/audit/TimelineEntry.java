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

    TimelineEntry withSeq(int newSeq) {
        return new TimelineEntry(newSeq, at, type, actorId, role, source, reason, summary, correlationId, eventSequence);
    }
}
