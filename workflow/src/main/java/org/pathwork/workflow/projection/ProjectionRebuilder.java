package org.pathwork.workflow.projection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
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

    private final Configuration axon;
    private final List<Projection> projections;
    private final ReadModelWriter writer;
    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public ProjectionRebuilder(Configuration axon, List<Projection> projections, ReadModelWriter writer,
                               DataSource dataSource, JdbcClient jdbc) {
        this.axon = axon;
        this.projections = projections;
        this.writer = writer;
        this.dataSource = dataSource;
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
        long count = writer.batched(() -> replay(progress));
        progress.accept(count);
        log.info("PW-PROJ-003 rebuilt read models from {} events", count);
        return count;
    }

    /** Hands each event to the projections that handle its payload type (AnnotationEventHandlerAdapter picks the method). */
    private long replay(LongConsumer progress) {
        List<AnnotationEventHandlerAdapter> adapters = projections.stream().map(AnnotationEventHandlerAdapter::new).toList();
        Map<Class<?>, List<AnnotationEventHandlerAdapter>> handlersOf = new HashMap<>();
        long count = 0;
        try (EventPages pages = new EventPages(dataSource, axon.eventSerializer(), axon.upcasterChain(),
                type -> adapters.stream().anyMatch(a -> a.canHandleType(type)))) {
            for (List<TrackedEventMessage<?>> page = pages.next(); !page.isEmpty(); page = pages.next()) {
                for (TrackedEventMessage<?> event : page) {
                    for (AnnotationEventHandlerAdapter handler : handlersOf.computeIfAbsent(event.getPayloadType(),
                            type -> adapters.stream().filter(a -> a.canHandleType(type)).toList())) {
                        try {
                            handler.handle(event);
                        } catch (Exception e) {
                            throw new IllegalStateException("PW-PROJ-002 replay failed at event " + event.getIdentifier(), e);
                        }
                    }
                    if (++count % 1_000 == 0) {
                        progress.accept(count);
                    }
                }
            }
        }
        return count;
    }
}
