package org.pathwork.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathwork.workflow.placement.api.HoursLogged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loading an aggregate reads its events with as few queries as its length needs: one for up to a
 * batch (100), not one more to find the end, and every event across batch boundaries.
 */
class EventStoreReadIntegrationTest extends IntegrationTest {

    private static final int BATCH = 100;

    @Autowired EventStorageEngine storage;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    @ParameterizedTest(name = "{0} events")
    @ValueSource(ints = {1, 99, 100, 101, 250})
    void anAggregateIsReadWhole(int length) {
        String id = aggregateWith(length);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(t -> {
            long scansBefore = indexScansOfTheEventTable();
            DomainEventStream events = storage.readEvents(id, 0);
            List<Long> sequence = new ArrayList<>();
            events.forEachRemaining(e -> sequence.add(e.getSequenceNumber()));
            long queries = indexScansOfTheEventTable() - scansBefore;

            assertThat(sequence).hasSize(length);
            for (int i = 0; i < length; i++) {
                assertThat(sequence.get(i)).isEqualTo(i);
            }
            // a batch shorter than asked for ends the stream; a full one needs a look beyond it
            assertThat(queries).isEqualTo(length / BATCH + 1);
        });
    }

    private String aggregateWith(int length) {
        String id = UUID.randomUUID().toString();
        List<EventMessage<?>> events = new ArrayList<>();
        for (int seq = 0; seq < length; seq++) {
            events.add(new GenericDomainEventMessage<>("Placement", id, seq,
                    new HoursLogged(id, UUID.randomUUID().toString(), LocalDate.of(2026, 1, 5), 30, "Work")));
        }
        new TransactionTemplate(transactions).executeWithoutResult(t -> storage.appendEvents(events));
        return id;
    }

    /** Scans of domainevententry's indexes by this transaction so far: one per query for an aggregate's events. */
    private long indexScansOfTheEventTable() {
        return jdbc.queryForObject("select sum(pg_stat_get_xact_numscans(indexrelid)) from pg_index"
                + " where indrelid = 'domainevententry'::regclass", Long.class);
    }
}
