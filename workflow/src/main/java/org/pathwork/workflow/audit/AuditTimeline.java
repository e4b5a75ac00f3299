package org.pathwork.workflow.audit;

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
        eventStore.readEvents(placementId).asStream().forEach(event -> entries.add(entry(event)));
        entries.addAll(processHistory.stepsOf(placementId));
        // Stable sort: events keep their stream order; a process step lands after the event that caused it.
        entries.sort(Comparator.comparing(TimelineEntry::at));
        List<TimelineEntry> numbered = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            numbered.add(entries.get(i).withSeq(i + 1));
        }
        return numbered;
    }

    private static TimelineEntry entry(DomainEventMessage<?> event) {
        MetaData md = event.getMetaData();
        return new TimelineEntry(0, event.getTimestamp(), event.getPayloadType().getSimpleName(),
                (String) md.get(AuditMetadata.ACTOR_ID), (String) md.get(AuditMetadata.ACTOR_ROLE),
                (String) md.get(AuditMetadata.SOURCE), (String) md.get(AuditMetadata.REASON),
                EventSummaries.summarize(event.getPayload()), (String) md.get(AuditMetadata.CORRELATION_ID),
                event.getSequenceNumber());
    }
}
