package org.pathwork.workflow.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.config.RoundTrips;
import org.pathwork.workflow.placement.query.PlacementProjection;
import org.pathwork.workflow.projection.ProjectionRebuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An hours command, the most frequent change, costs four round trips to the database: the locking read
 * of the placement (which brings its version, the student's birth date and whether a reminder is open),
 * the event, the read-model rows in one statement, and the commit. The version it relies on is the event
 * store's, live and after a rebuild.
 */
@Import(RoundTrips.Config.class)
class HoursCommandRoundTripsIntegrationTest extends IntegrationTest {

    @Autowired PlacementService placements;
    @Autowired Fixtures given;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProjectionRebuilder rebuilder;
    @Autowired PlacementProjection projection;

    Actor coordinator;
    Actor supervisor;
    String id;

    @BeforeEach
    void anActivePlacementOfAMinor() {
        coordinator = given.coordinator();
        supervisor = given.supervisor();
        Actor student = given.student(16);
        String opportunity = given.opportunity(coordinator, supervisor, 1, 14, 10);
        LocalDate today = given.today();
        id = placements.apply(student, opportunity, List.of("Goal"), today.minusDays(10), today.plusDays(9));
        placements.approve(coordinator, id, null, null, null);
        placements.recordGuardianConsent(coordinator, id, "A. Parent", "parent", today.minusDays(11));
        placements.start(supervisor, id);
    }

    @Test
    void loggingHoursIsALockingReadTheEventTheReadModelAndTheCommit() {
        placements.logHours(supervisor, id, given.today(), 30, "Warm-up: the placement is now in the cache");

        List<String> sent = RoundTrips.of(() -> placements.logHours(supervisor, id, given.today(), 45, "Counted"));

        assertThat(sent).hasSize(4);
        assertThat(sent.get(0)).contains("from placement_summary ps").contains("birth_date")
                .contains("hours_reminder_open").endsWith("for update");
        assertThat(sent.get(1)).containsIgnoringCase("insert into domainevententry");
        assertThat(sent.get(2)).contains("insert into placement_hours").contains("update placement_summary");
        assertThat(sent.get(3)).isEqualTo("commit");
        assertThat(placements.get(supervisor, id).loggedMinutes()).isEqualTo(75);
    }

    @Test
    void theSummaryKeepsThePlacementsVersionInTheEventStoreLiveAndAfterARebuild() {
        placements.logHours(supervisor, id, given.today(), 30, "One");
        placements.suspend(coordinator, id, "Closed for a week");
        placements.resume(coordinator, id);
        assertThat(summaryVersion()).isEqualTo(storeVersion()).isPositive();

        jdbc.update("update placement_summary set version = null where placement_id = ?", id);
        rebuilder.rebuildAll(done -> { });
        assertThat(summaryVersion()).isEqualTo(storeVersion());
    }

    /** The process instance comes with the lock too: messages and task look-ups go by its id. */
    @Test
    void aCommandFindsThePlacementsProcessByItsInstanceNotItsBusinessKey() {
        List<String> sent = RoundTrips.of(() -> placements.suspend(coordinator, id, "Closed for a week"));
        sent.addAll(RoundTrips.of(() -> placements.resume(coordinator, id)));

        assertThat(sent).anyMatch(sql -> sql.toLowerCase().contains("act_ru_event_subscr"));
        assertThat(sent).noneMatch(sql -> sql.toLowerCase().matches("(?s).*where.*business_key_ = .*"));
    }

    /**
     * The flag the locking read brings is the reminder task's state: set when the silence check opens the
     * reminder, cleared when logged hours close it or a suspension deletes it. Were it not set, logged
     * hours would leave the reminder open.
     */
    @Test
    void theReminderFlagFollowsTheSupervisorsReminderTask() {
        Actor student = given.student(18);
        LocalDate today = given.today();
        String quiet = placements.apply(student, given.opportunity(coordinator, supervisor, 1, 16, 40),
                List.of("Learn the trade"), today.minusDays(10), today.plusDays(30));
        placements.approve(coordinator, quiet, null, null, null);
        given.onTheEngineClock(Instant.now().minus(Duration.ofDays(8)), () -> placements.start(supervisor, quiet));
        assertThat(reminderFlag(quiet)).isFalse();

        given.fireTimer(quiet, "timer_supervisor_silent");
        assertThat(reminderFlag(quiet)).isTrue();
        assertThat(openReminders(quiet)).isEqualTo(1);

        placements.logHours(supervisor, quiet, today, 60, "Back to it");
        assertThat(openReminders(quiet)).isZero();
        assertThat(reminderFlag(quiet)).isFalse();

        given.onTheEngineClock(Instant.now().plus(Duration.ofDays(8)), () -> given.fireTimer(quiet, "timer_supervisor_silent"));
        assertThat(reminderFlag(quiet)).isTrue();
        placements.suspend(coordinator, quiet, "Closed for a week");
        assertThat(openReminders(quiet)).isZero();
        assertThat(reminderFlag(quiet)).isFalse();
    }

    /** Else an event the projection skips would leave the version behind and a stale cached placement pass. */
    @Test
    void theProjectionHandlesEveryEventThePlacementApplies() {
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
        List<Class<?>> applied = Arrays.stream(placementAggregate().getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(EventSourcingHandler.class))
                .<Class<?>>map(m -> m.getParameterTypes()[0]).toList();
        assertThat(applied).hasSizeGreaterThan(20);
        assertThat(applied).allSatisfy(type -> assertThat(adapter.canHandleType(type)).as(type.getSimpleName()).isTrue());
    }

    private static Class<?> placementAggregate() {
        try {
            return Class.forName("org.pathwork.workflow.placement.command.Placement");
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private boolean reminderFlag(String placementId) {
        return jdbc.queryForObject("select hours_reminder_open from placement_process where placement_id = ?",
                Boolean.class, placementId);
    }

    private int openReminders(String placementId) {
        return jdbc.queryForObject("""
                select count(*) from ACT_RU_TASK t join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_
                where p.BUSINESS_KEY_ = ? and t.TASK_DEF_KEY_ = 'user_task_log_hours_reminder'""", Integer.class, placementId);
    }

    private Long summaryVersion() {
        return jdbc.queryForObject("select version from placement_summary where placement_id = ?", Long.class, id);
    }

    private Long storeVersion() {
        return jdbc.queryForObject("select max(sequencenumber) from domainevententry where aggregateidentifier = ?", Long.class, id);
    }
}
