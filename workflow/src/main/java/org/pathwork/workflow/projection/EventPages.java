package org.pathwork.workflow.projection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every event of the store in global order, in pages read ahead on a thread of their own: while the
 * rebuild's thread feeds one page to the projections and waits for the database to take their rows,
 * this thread reads the next page (on a connection of its own, outside the rebuild's transaction:
 * it only reads committed events) and deserializes the events that a projection handles. The
 * messages are made by Axon, with the configured serializer and upcasters, so handlers see what
 * they see live; other events stay serialized, as they would in Axon's own stream.
 */
final class EventPages implements AutoCloseable {

    private static final int PAGE_SIZE = 1_000;
    private static final String PAGE = """
            select globalindex, type, aggregateidentifier, sequencenumber, eventidentifier, timestamp,
                payloadtype, payloadrevision, payload, metadata
            from domainevententry where globalindex > ? order by globalindex limit ?""";

    private final BlockingQueue<Object> pages = new ArrayBlockingQueue<>(1);
    private final Thread reader;

    /** @param handled whether a projection handles events of a payload type */
    EventPages(DataSource dataSource, Serializer serializer, EventUpcaster upcasters, Predicate<Class<?>> handled) {
        reader = new Thread(() -> read(JdbcClient.create(dataSource), serializer, upcasters, handled),
                "projection-rebuild-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next page of events; empty after the last one. */
    @SuppressWarnings("unchecked")
    List<TrackedEventMessage<?>> next() {
        try {
            Object page = pages.take();
            if (page instanceof Throwable e) {
                throw new IllegalStateException("PW-PROJ-004 reading the event store failed", e);
            }
            return (List<TrackedEventMessage<?>>) page;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("PW-PROJ-005 interrupted while reading the event store", e);
        }
    }

    @Override
    public void close() {
        reader.interrupt();
    }

    private void read(JdbcClient jdbc, Serializer serializer, EventUpcaster upcasters, Predicate<Class<?>> handled) {
        Map<Class<?>, Boolean> handledTypes = new HashMap<>();
        try {
            try {
                long after = Long.MIN_VALUE;
                List<TrackedEventData<byte[]>> page;
                while (!(page = jdbc.sql(PAGE).params(after, PAGE_SIZE).query(EventPages::entry).list()).isEmpty()) {
                    after = page.get(page.size() - 1).trackingToken().position().orElseThrow();
                    List<TrackedEventMessage<?>> events =
                            EventUtils.upcastAndDeserializeTrackedEvents(page.stream(), serializer, upcasters).toList();
                    for (TrackedEventMessage<?> event : events) {
                        if (handledTypes.computeIfAbsent(event.getPayloadType(), handled::test)) {
                            event.getPayload();
                            event.getMetaData();
                            event.getTimestamp();
                        }
                    }
                    if (!events.isEmpty()) {   // upcasters may drop events
                        pages.put(events);
                    }
                }
                pages.put(List.of());
            } catch (RuntimeException | Error e) {
                pages.put(e);
            }
        } catch (InterruptedException closed) {
            // the rebuild ended before the last page
        }
    }

    private static TrackedEventData<byte[]> entry(ResultSet rs, int row) throws SQLException {
        return new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(rs.getLong("globalindex")),
                new GenericDomainEventEntry<>(rs.getString("type"), rs.getString("aggregateidentifier"),
                        rs.getLong("sequencenumber"), rs.getString("eventidentifier"), rs.getString("timestamp"),
                        rs.getString("payloadtype"), rs.getString("payloadrevision"), rs.getBytes("payload"),
                        rs.getBytes("metadata")));
    }
}
