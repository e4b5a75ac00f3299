package org.pathwork.workflow.projection;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds every read model from the event store: empties them, then feeds them every event in
 * global order through their own {@code @EventHandler} methods. One transaction: readers see the
 * old read models until the new ones are complete, and a failed rebuild changes nothing.
 */
@Component
public class ProjectionRebuilder {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilder.class);

    private final EventStorageEngine storage;
    private final List<Projection> projections;
    private final ReadModelWriter writer;
    private final JdbcClient jdbc;

    public ProjectionRebuilder(EventStorageEngine storage, List<Projection> projections, ReadModelWriter writer,
                               JdbcClient jdbc) {
        this.storage = storage;
        this.projections = projections;
        this.writer = writer;
        this.jdbc = jdbc;
    }

    /** How many events a rebuild will replay (more if events are appended meanwhile): the length of a progress bar. */
    public long eventCount() {
        return jdbc.sql("select count(*) from domainevententry").query(Long.class).single();
    }

    /** @param progress told the number of events replayed so far, every 1 000 events and at the end */
    @Transactional
    public long rebuildAll(LongConsumer progress) {
        log.info("PW-PROJ-001 rebuilding {} read models from the event store", projections.size());
        projections.forEach(Projection::reset);
        List<AnnotationEventHandlerAdapter> handlers = projections.stream()
                .map(AnnotationEventHandlerAdapter::new).toList();
        AtomicLong count = writer.batched(() -> replay(handlers, progress));
        progress.accept(count.get());
        log.info("PW-PROJ-003 rebuilt read models from {} events", count.get());
        return count.get();
    }

    private AtomicLong replay(List<AnnotationEventHandlerAdapter> handlers, LongConsumer progress) {
        AtomicLong count = new AtomicLong();
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
            events.forEach(event -> {
                for (AnnotationEventHandlerAdapter handler : handlers) {
                    if (handler.canHandle(event)) {
                        try {
                            handler.handle(event);
                        } catch (Exception e) {
                            throw new IllegalStateException("PW-PROJ-002 replay failed at event " + event.getIdentifier(), e);
                        }
                    }
                }
                if (count.incrementAndGet() % 1_000 == 0) {
                    progress.accept(count.get());
                }
            });
        }
        return count;
    }
}
