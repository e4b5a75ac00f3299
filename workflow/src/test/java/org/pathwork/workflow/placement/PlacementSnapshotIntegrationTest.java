package org.pathwork.workflow.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.CommandDispatcher;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.placement.api.HoursLogged;
import org.pathwork.workflow.placement.api.HoursVoided;
import org.pathwork.workflow.placement.api.LogHours;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A placement loaded from a snapshot still knows every hours entry logged before it: the snapshot
 * packs them (HourLedger), and a snapshot that lost an entry, its minutes or its voided mark would
 * let a command through here that must be refused, or refuse one that must pass. The tests take a
 * snapshot every 3 events; each step first has a snapshot cover what it relies on,
 * and every checked command loads the placement from the store, not from the cache of recently used ones.
 */
class PlacementSnapshotIntegrationTest extends IntegrationTest {

    private static final String PAPER_FORM = "paper-form-17";
    /** The aggregate's class, package-private in placement.command. */
    private static final Class<?> PLACEMENT = aggregateClass("org.pathwork.workflow.placement.command.Placement");

    @Autowired PlacementService placements;
    @Autowired CommandDispatcher commands;
    @Autowired JdbcTemplate jdbc;
    @Autowired Fixtures given;
    @Autowired PlatformTransactionManager transactions;
    @Autowired @Qualifier("placementCache") Cache placementCache;
    @Autowired Snapshotter snapshotter;

    @Test
    void hoursLoggedBeforeTheSnapshotAreCountedRefusedTwiceAndVoided() {
        Actor supervisor = given.supervisor();
        String id = activePlacement(supervisor);
        LocalDate today = given.today();
        LocalDate day = today.minusDays(2);
        String morning = placements.logHours(supervisor, id, day, 10 * 60, "Morning shift");
        placements.logHours(supervisor, id, day, 10 * 60, "Evening shift");
        commands.send(supervisor, null, new LogHours(id, PAPER_FORM, today.minusDays(1), 45, "From the paper timesheet"));
        for (int d = 3; d <= 6; d++) {
            placements.logHours(supervisor, id, today.minusDays(d), 30, "Filing");
        }
        snapshotCovering(sequenceOf(id, HoursLogged.class, PAPER_FORM), id);
        // the UUID ids are packed as bits; only an id of another shape is kept as text
        assertThat(latestSnapshotJson(id)).doesNotContain(morning).contains("\"textIds\":[\"" + PAPER_FORM + "\"]");

        // the 20 hours of that day are in the snapshot: 5 more would make 25
        refused(() -> placements.logHours(supervisor, id, day, 5 * 60, "Night shift"), "hours.day-over-24h",
                "this entry would make 25 h on");
        // its entries cannot be logged a second time
        refused(() -> commands.send(supervisor, null, new LogHours(id, morning, today, 30, "Again")), "hours.duplicate-entry",
                "This hours entry has already been logged.");
        refused(() -> commands.send(supervisor, null, new LogHours(id, PAPER_FORM, today, 30, "Again")), "hours.duplicate-entry",
                "This hours entry has already been logged.");

        // they are voided with the minutes they were logged with
        placementCache.removeAll();
        placements.voidHours(supervisor, id, morning, "Logged on the wrong placement");
        placementCache.removeAll();
        placements.voidHours(supervisor, id, PAPER_FORM, "Also logged online");
        assertThat(payloadOf(id, HoursVoided.class, morning)).contains("\"minutes\":600");
        assertThat(payloadOf(id, HoursVoided.class, PAPER_FORM)).contains("\"minutes\":45");
        for (int d = 7; d <= 9; d++) {
            placements.logHours(supervisor, id, today.minusDays(d), 30, "Filing");
        }
        snapshotCovering(sequenceOf(id, HoursVoided.class, PAPER_FORM), id);

        // and the next snapshot keeps them voided: not voided twice, and out of the day's total
        refused(() -> placements.voidHours(supervisor, id, morning, "Again"), "hours.already-voided",
                "This hours entry has already been voided.");
        refused(() -> placements.voidHours(supervisor, id, PAPER_FORM, "Again"), "hours.already-voided",
                "This hours entry has already been voided.");
        placementCache.removeAll();
        placements.logHours(supervisor, id, day, 14 * 60, "Night shift and the next morning");
        refused(() -> placements.logHours(supervisor, id, day, 1, "One minute more"), "hours.day-over-24h",
                "this entry would make 24 h 1 min on");
    }

    @Test
    void theCommandThatTriggersASnapshotDoesNotWaitToWriteIt() {
        Actor supervisor = given.supervisor();
        String id = activePlacement(supervisor);
        LocalDate today = given.today();
        // The setup's third event triggered a snapshot of its own, taken in the background. Axon skips a
        // request for a placement whose snapshot is still being taken, and that one may have read the
        // store before the third event committed: let it finish, then drop it, so that this command
        // loads the three events again.
        awaitSnapshotCovering(1, id);
        jdbc.update("delete from snapshotevententry where aggregateidentifier = ?", id);
        placementCache.removeAll();

        // loading 3 events (snapshot-after is 3 in the tests) triggers a snapshot after this command
        long writtenByTheCommand = new TransactionTemplate(transactions).execute(t -> {
            placements.logHours(supervisor, id, today, 30, "Filing");
            return jdbc.queryForObject("select pg_stat_get_xact_tuples_inserted('snapshotevententry'::regclass)", Long.class);
        });

        assertThat(writtenByTheCommand).isZero();
        awaitSnapshotCovering(2, id);
    }

    /** A placement of an adult student, started ten days ago, supervised by {@code supervisor}. */
    private String activePlacement(Actor supervisor) {
        Actor coordinator = given.coordinator();
        String opportunity = given.opportunity(coordinator, supervisor, 1, 14, 1);
        LocalDate today = given.today();
        String id = placements.apply(given.student(18), opportunity, List.of("Goal"), today.minusDays(10), today.plusDays(9));
        placements.approve(coordinator, id, null, null, null);
        placements.start(supervisor, id);
        return id;
    }

    private void refused(ThrowingCallable call, String code, String sentence) {
        placementCache.removeAll();
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo(code))
                .hasMessageContaining(sentence);
    }

    /** Snapshots are taken in the background, soon after the command that triggers one. */
    private void awaitSnapshotCovering(long sequence, String placementId) {
        await().atMost(Duration.ofSeconds(10)).until(() -> latestSnapshot(placementId) >= sequence);
    }

    /**
     * A snapshot covering the sequence. The one a command triggers may read the store before that
     * command commits (and cover an event less), and Axon skips a request while a snapshot of the
     * placement is still being taken: so this asks for one itself until one covers it.
     */
    private void snapshotCovering(long sequence, String placementId) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            if (latestSnapshot(placementId) >= sequence) {
                return true;
            }
            snapshotter.scheduleSnapshot(PLACEMENT, placementId);
            return false;
        });
    }

    private static Class<?> aggregateClass(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private long latestSnapshot(String placementId) {
        return jdbc.queryForObject("select coalesce(max(sequencenumber), -1) from snapshotevententry where aggregateidentifier = ?",
                Long.class, placementId);
    }

    private String latestSnapshotJson(String placementId) {
        return jdbc.queryForObject("select convert_from(payload, 'UTF8') from snapshotevententry where aggregateidentifier = ?"
                + " order by sequencenumber desc limit 1", String.class, placementId);
    }

    private long sequenceOf(String placementId, Class<?> eventType, String entryId) {
        return jdbc.queryForObject("select sequencenumber from domainevententry where aggregateidentifier = ? and payloadtype = ?"
                + " and convert_from(payload, 'UTF8') like ?", Long.class, placementId, eventType.getName(),
                "%\"entryId\":\"" + entryId + "\"%");
    }

    private String payloadOf(String placementId, Class<?> eventType, String entryId) {
        return jdbc.queryForObject("select convert_from(payload, 'UTF8') from domainevententry where aggregateidentifier = ?"
                + " and payloadtype = ? and convert_from(payload, 'UTF8') like ?", String.class, placementId,
                eventType.getName(), "%\"entryId\":\"" + entryId + "\"%");
    }
}
