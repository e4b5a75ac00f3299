package org.pathwork.workflow.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.CommandDispatcher;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.placement.api.HoursLogged;
import org.pathwork.workflow.placement.api.LogHours;
import org.pathwork.workflow.placement.api.PlacementResumed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recently used placements stay in memory between commands, and a cached placement is used only
 * while the event store agrees with it: one that another instance, or a transaction rolled back
 * after the placement's own step, left behind is loaded from the store again.
 */
class PlacementCacheIntegrationTest extends IntegrationTest {

    @Autowired PlacementService placements;
    @Autowired CommandDispatcher commands;
    @Autowired EventStorageEngine storage;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired @Qualifier("placementCache") Cache placementCache;
    @Autowired Fixtures given;

    Actor coordinator;
    Actor supervisor;
    String id;

    @BeforeEach
    void anActivePlacement() {
        coordinator = given.coordinator();
        supervisor = given.supervisor();
        String opportunity = given.opportunity(coordinator, supervisor, 1, 14, 10);
        LocalDate today = given.today();
        id = placements.apply(given.student(18), opportunity, List.of("Goal"), today.minusDays(10), today.plusDays(9));
        placements.approve(coordinator, id, null, null, null);
        placements.start(supervisor, id);
    }

    @Test
    void aRecentlyUsedPlacementIsNotReadFromItsSnapshotAndEvents() {
        placements.logHours(supervisor, id, given.today(), 30, "Warm-up");

        assertThat(snapshotLookupsOfOneCommand()).as("from the cache").isZero();
        placementCache.removeAll();
        assertThat(snapshotLookupsOfOneCommand()).as("from the store").isPositive();
    }

    @Test
    void aPlacementChangedByAnotherInstanceIsReloaded() {
        placements.suspend(coordinator, id, "Workplace closed for a week");
        // another instance resumes it: its event is in the store, not in this instance's cache
        appendBehindTheCachesBack(new PlacementResumed(id));

        String entry = placements.logHours(supervisor, id, given.today(), 30, "Back at work");
        // and an entry that other instance logged is known here too
        String theirs = UUID.randomUUID().toString();
        appendBehindTheCachesBack(new HoursLogged(id, theirs, given.today(), 15, "Logged over there"));

        assertThat(entry).isNotNull();
        assertThatThrownBy(() -> commands.send(supervisor, null, new LogHours(id, theirs, given.today(), 15, "Again")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("hours.duplicate-entry"));
    }

    @Test
    void aPlacementChangedInARolledBackTransactionIsReloaded() {
        // the suspension's own unit of work completes (and caches a SUSPENDED placement), then the
        // transaction around it rolls back: the store still says ACTIVE
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(t -> {
            placements.suspend(coordinator, id, "Workplace closed for a week");
            throw new IllegalStateException("something after the suspension failed");
        })).hasMessage("something after the suspension failed");

        assertThat(placements.logHours(supervisor, id, given.today(), 30, "Still at work")).isNotNull();
        assertThat(placements.get(coordinator, id).loggedMinutes()).isEqualTo(30);
    }

    /**
     * What another instance's command does to the store and to the placement's version in the summary
     * row (its projection sets it in the same transaction); this instance's cache does not see it.
     */
    private void appendBehindTheCachesBack(Object event) {
        long next = jdbc.queryForObject("select max(sequencenumber) + 1 from domainevententry where aggregateidentifier = ?",
                Long.class, id);
        new TransactionTemplate(transactions).executeWithoutResult(t -> {
            storage.appendEvents(new GenericDomainEventMessage<>("Placement", id, next, event));
            jdbc.update("update placement_summary set version = ? where placement_id = ?", next, id);
        });
    }

    /** Index scans of the snapshot table by one hours command: a load from the store always looks for a snapshot. */
    private long snapshotLookupsOfOneCommand() {
        return new TransactionTemplate(transactions).execute(t -> {
            long before = snapshotTableScans();
            placements.logHours(supervisor, id, given.today(), 1, "Measured");
            return snapshotTableScans() - before;
        });
    }

    private long snapshotTableScans() {
        return jdbc.queryForObject("select sum(pg_stat_get_xact_numscans(indexrelid)) from pg_index"
                + " where indrelid = 'snapshotevententry'::regclass", Long.class);
    }
}
