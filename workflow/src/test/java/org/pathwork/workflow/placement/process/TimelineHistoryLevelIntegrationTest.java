package org.pathwork.workflow.placement.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.audit.TimelineEntry;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.placement.PlacementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine records only what the timeline reads: process and task instances, and of the activity
 * instances the timers' and "Placement active"; the timeline still shows every task and the timer.
 */
class TimelineHistoryLevelIntegrationTest extends IntegrationTest {

    @Autowired PlacementService placements;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired Fixtures given;

    @Test
    void theEngineKeepsOnlyWhatTheTimelineReadsAndTheTimelineIsWhole() {
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel().getName())
                .isEqualTo(TimelineHistoryLevel.NAME);
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        LocalDate today = given.today();
        String id = placements.apply(given.student(18), given.opportunity(coordinator, supervisor, 1, 16, 40),
                List.of("Learn the trade"), today.minusDays(10), today.plusDays(30));
        placements.approve(coordinator, id, null, null, null);
        given.onTheEngineClock(Instant.now().minus(Duration.ofDays(8)), () -> placements.start(supervisor, id));
        given.fireTimer(id, "timer_supervisor_silent");
        placements.logHours(supervisor, id, today, 60, "Back to it");

        List<Map<String, Object>> activities = jdbc.queryForList("""
                select a.ACT_ID_ as id, a.ACT_TYPE_ as type from ACT_HI_ACTINST a
                join ACT_HI_PROCINST p on p.ID_ = a.PROC_INST_ID_ where p.BUSINESS_KEY_ = ?""", id);
        assertThat(activities).extracting(a -> (String) a.get("type")).anyMatch(t -> t.toLowerCase().contains("timer"));
        assertThat(activities).extracting(a -> (String) a.get("id")).contains(PlacementProcess.ACTIVE);
        assertThat(activities).allSatisfy(a -> assertThat(PlacementProcess.ACTIVE.equals(a.get("id"))
                || ((String) a.get("type")).toLowerCase().contains("timer")).as(a.toString()).isTrue());

        List<TimelineEntry> timeline = placements.timeline(coordinator, id);
        assertThat(timeline).extracting(TimelineEntry::type).contains("TimerFired", "TaskCreated", "TaskCompleted");
        assertThat(timeline).extracting(TimelineEntry::summary)
                .anyMatch(s -> s.startsWith("Task \"") && s.contains("opened"))
                .anyMatch(s -> s.startsWith("Timer fired:"));
    }
}
