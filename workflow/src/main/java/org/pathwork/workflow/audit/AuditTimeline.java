package org.pathwork.workflow.audit;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.pathwork.workflow.common.AuditMetadata;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A placement's timeline, read from the event store itself (not from a read model) and merged with
 * its process history, oldest first.
 */
@Component
public class AuditTimeline {

    private final EventStore eventStore;
    private final ProcessHistory processHistory;

    public AuditTimeline(EventStore eventStore, ProcessHistory processHistory) {
        this.eventStore = eventStore;
        this.processHistory = processHistory;
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> of(String placementId) {
        List<TimelineEntry> entries = new ArrayList<>();
        // from sequence 0: every event, never a snapshot in their place
        eventStore.readEvents(placementId, 0).asStream().forEach(event -> entries.add(entry(event)));
        entries.addAll(processHistory.stepsOf(placementId));
        entries.sort(ORDER);
        List<TimelineEntry> numbered = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            numbered.add(entries.get(i).withSeq(i + 1));
        }
        return numbered;
    }

    /**
     * The engine records times to the millisecond, the event store finer. Within one millisecond the
     * cause comes first: a person's event, then a timer firing, the tasks closed, what the timer made
     * the aggregate do, and the tasks opened. The sort is stable, so events keep their stream order.
     */
    private static final Comparator<TimelineEntry> ORDER = Comparator
            .comparing((TimelineEntry e) -> e.at().truncatedTo(ChronoUnit.MILLIS))
            .thenComparingInt(AuditTimeline::rankWithinMillisecond);

    private static int rankWithinMillisecond(TimelineEntry e) {
        return switch (e.type()) {
            case "TimerFired" -> 1;
            case "TaskCompleted", "TaskCancelled" -> 2;
            case "TaskCreated" -> 4;
            default -> "timer".equals(e.source()) ? 3 : 0;
        };
    }

    private static TimelineEntry entry(DomainEventMessage<?> event) {
        MetaData md = event.getMetaData();
        String source = (String) md.get(AuditMetadata.SOURCE);
        String reason = (String) md.get(AuditMetadata.REASON);
        return new TimelineEntry(0, event.getTimestamp(), event.getPayloadType().getSimpleName(),
                (String) md.get(AuditMetadata.ACTOR_ID), (String) md.get(AuditMetadata.ACTOR_ROLE), source, reason,
                EventSummaries.summarize(event.getPayload(), source, reason),
                (String) md.get(AuditMetadata.CORRELATION_ID),
                event.getSequenceNumber(), EventSummaries.details(event.getPayload()));
    }
}
