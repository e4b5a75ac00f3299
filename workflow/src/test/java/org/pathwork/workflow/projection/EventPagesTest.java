package org.pathwork.workflow.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.TestDatabase;

/** The rebuild's reader: every event of the store once, in global order, across pages; and its failures reach the rebuild. */
class EventPagesTest {

    record Tick(int n) {
    }

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

    @Test
    void everyEventComesOnceInGlobalOrderWithItsPayloadMetaDataAndTimestamp() {
        DataSource dataSource = TestDatabase.dataSource(TestDatabase.create());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        List<EventMessage<?>> appended = new ArrayList<>();
        for (int n = 0; n < 2_500; n++) {   // two and a half pages
            appended.add(new GenericDomainEventMessage<>("Clock", "clock-" + n % 3, n / 3, new Tick(n),
                    MetaData.with("actorId", "person-" + n)));
        }
        JdbcEventStorageEngine.builder().connectionProvider(dataSource::getConnection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer).snapshotSerializer(serializer).build()
                .appendEvents(appended);

        List<TrackedEventMessage<?>> read = new ArrayList<>();
        try (EventPages pages = new EventPages(dataSource, serializer, NoOpEventUpcaster.INSTANCE, type -> true)) {
            for (List<TrackedEventMessage<?>> page = pages.next(); !page.isEmpty(); page = pages.next()) {
                read.addAll(page);
            }
        }

        for (Function<EventMessage<?>, Object> property : List.<Function<EventMessage<?>, Object>>of(
                EventMessage::getIdentifier, EventMessage::getPayload, e -> e.getMetaData().get("actorId"),
                e -> e.getTimestamp().truncatedTo(ChronoUnit.MILLIS))) {   // what the JDBC store keeps
            assertThat(read.stream().map(property).toList())
                    .containsExactlyElementsOf(appended.stream().map(property).toList());
        }
    }

    @Test
    void aStoreThatCannotBeReadFailsTheRebuildInsteadOfLeavingItWaiting() {
        DataSource withoutEventTable = TestDatabase.dataSource(TestDatabase.create());

        try (EventPages pages = new EventPages(withoutEventTable, serializer, NoOpEventUpcaster.INSTANCE, type -> true)) {
            assertThatThrownBy(pages::next).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("PW-PROJ-004 reading the event store failed");
        }
    }
}
