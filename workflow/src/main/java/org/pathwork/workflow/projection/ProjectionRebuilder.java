package org.pathwork.workflow.projection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
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
 *
 * <p>The events are read in large pages straight from Axon's event table and turned into messages
 * by Axon itself (its serializer and upcasters, payload and metadata deserialized when a handler
 * asks): Axon's tracking stream does the same in pages of 100 and keeps a gap-aware token per
 * event, which a one-off replay does not need.
 */
@Component
public class ProjectionRebuilder {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilder.class);
    private static final int PAGE_SIZE = 5_000;
    private static final String PAGE = """
            select globalindex, type, aggregateidentifier, sequencenumber, eventidentifier, timestamp,
                payloadtype, payloadrevision, payload, metadata
            from domainevententry where globalindex > ? order by globalindex limit ?""";

    private final Configuration axon;
    private final List<Projection> projections;
    private final ReadModelWriter writer;
    private final JdbcClient jdbc;

    public ProjectionRebuilder(Configuration axon, List<Projection> projections, ReadModelWriter writer,
                               JdbcClient jdbc) {
        this.axon = axon;
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
        long count = writer.batched(() -> replay(progress));
        progress.accept(count);
        log.info("PW-PROJ-003 rebuilt read models from {} events", count);
        return count;
    }

    private long replay(LongConsumer progress) {
        List<AnnotationEventHandlerAdapter> adapters = projections.stream().map(AnnotationEventHandlerAdapter::new).toList();
        Map<Class<?>, List<AnnotationEventHandlerAdapter>> handlersOf = new HashMap<>();
        long count = 0;
        long after = Long.MIN_VALUE;
        List<TrackedEventData<byte[]>> page;
        while (!(page = jdbc.sql(PAGE).params(after, PAGE_SIZE).query(ProjectionRebuilder::entry).list()).isEmpty()) {
            after = page.get(page.size() - 1).trackingToken().position().orElseThrow();
            Iterable<TrackedEventMessage<?>> events = EventUtils.upcastAndDeserializeTrackedEvents(
                    page.stream(), axon.eventSerializer(), axon.upcasterChain())::iterator;
            for (TrackedEventMessage<?> event : events) {
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
        return count;
    }

    private static TrackedEventData<byte[]> entry(ResultSet rs, int row) throws SQLException {
        return new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(rs.getLong("globalindex")),
                new GenericDomainEventEntry<>(rs.getString("type"), rs.getString("aggregateidentifier"),
                        rs.getLong("sequencenumber"), rs.getString("eventidentifier"), rs.getString("timestamp"),
                        rs.getString("payloadtype"), rs.getString("payloadrevision"), rs.getBytes("payload"),
                        rs.getBytes("metadata")));
    }
}
