package org.pathwork.workflow.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.config.PathworkProperties;
import org.pathwork.workflow.placement.process.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The silence check counts from when the placement became active (again) without the engine's history:
 * the "Placement active" subprocess keeps that moment in its variable activeSince, set from the engine's
 * clock each time it starts. Here the engine keeps no history at all, where the check used to refuse
 * to run (PW-SILENCE-002).
 */
@TestPropertySource(properties = "camunda.bpm.history-level=none")
class SupervisorSilenceWithoutHistoryIntegrationTest extends IntegrationTest {

    private static final String REMINDER = "user_task_log_hours_reminder";
    private static final String SILENCE_TIMER = "timer_supervisor_silent";
    private static final String ACTIVE_SINCE = "activeSince";

    @Autowired PlacementService placements;
    @Autowired TaskInbox inbox;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired PathworkProperties settings;
    @Autowired Fixtures given;

    private Actor coordinator;
    private Actor supervisor;
    private String placementId;

    @BeforeEach
    void anApprovedPlacement() {
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel())
                .isEqualTo(HistoryLevel.HISTORY_LEVEL_NONE);
        coordinator = given.coordinator();
        supervisor = given.supervisor();
        LocalDate today = given.today();
        placementId = placements.apply(given.student(18), given.opportunity(coordinator, supervisor, 1, 16, 40),
                List.of("Learn the trade"), today.minusDays(30), today.plusDays(30));
        placements.approve(coordinator, placementId, null, null, null);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aWeekWithoutHoursRemindsTheSupervisorThoughTheEngineKeepsNoHistory() {
        // given a placement that became active, as far as the engine knows, eight days ago
        Instant started = engineTime(Instant.now().minus(Duration.ofDays(8)));
        placements.start(supervisor, placementId);

        // then it is active since then, and its silence check is due a week later
        ClockUtil.reset();
        assertThat(activeSince()).containsExactly(Date.from(started));
        assertThat(silenceTimer().getDuedate()).isEqualTo(Date.from(started.plus(settings.hoursReminder())));

        // when its silence timer comes due
        given.fireTimer(placementId, SILENCE_TIMER);

        // then the supervisor is reminded
        assertThat(reminders()).hasSize(1);
    }

    @Test
    void aResumedPlacementCountsItsSilenceFromTheResumption() {
        // given a placement that started twenty days ago, was suspended five days later and resumed
        // three days ago, without hours
        Instant started = engineTime(Instant.now().minus(Duration.ofDays(20)));
        placements.start(supervisor, placementId);
        engineTime(started.plus(Duration.ofDays(5)));
        placements.suspend(coordinator, placementId, "Workplace closed for a fortnight");
        Instant resumed = engineTime(Instant.now().minus(Duration.ofDays(3)));
        placements.resume(coordinator, placementId);

        // then it is active since its resumption (the variable of its first active spell went with it)
        assertThat(activeSince()).containsExactly(Date.from(resumed));
        Instant aWeekAfterResuming = resumed.plus(settings.hoursReminder());
        assertThat(silenceTimer().getDuedate()).isEqualTo(Date.from(aWeekAfterResuming));

        // when the silence timer fires today, three days after the resumption (twenty after the start)
        ClockUtil.reset();
        given.fireTimer(placementId, SILENCE_TIMER);

        // then there is no reminder yet: the week is counted from the resumption
        assertThat(reminders()).isEmpty();
        assertThat(silenceTimer().getDuedate()).isEqualTo(Date.from(aWeekAfterResuming));

        // when it fires once that week is over
        engineTime(aWeekAfterResuming.plus(Duration.ofHours(1)));
        given.fireTimer(placementId, SILENCE_TIMER);

        // then the supervisor is reminded
        assertThat(reminders()).hasSize(1);
    }

    @Test
    void anInstanceWithoutActiveSinceStillNeedsHistoryAndSaysSo() {
        // given an active placement whose instance lacks activeSince, as one of a model from before it
        placements.start(supervisor, placementId);
        VariableInstance variable = runtime.createVariableInstanceQuery().processInstanceIdIn(processInstanceId())
                .variableName(ACTIVE_SINCE).singleResult();
        runtime.removeVariableLocal(variable.getExecutionId(), ACTIVE_SINCE);

        // when its silence timer comes due, then the check refuses to guess when the placement became active
        assertThatThrownBy(() -> given.fireTimer(placementId, SILENCE_TIMER))
                .hasMessageContaining("PW-SILENCE-002");
    }

    /** Sets the engine's clock, to the millisecond as the database keeps it, and returns that time. */
    private static Instant engineTime(Instant at) {
        Instant millis = at.truncatedTo(ChronoUnit.MILLIS);
        ClockUtil.setCurrentTime(Date.from(millis));
        return millis;
    }

    private List<Object> activeSince() {
        return runtime.createVariableInstanceQuery().processInstanceIdIn(processInstanceId())
                .variableName(ACTIVE_SINCE).list().stream().map(VariableInstance::getValue).toList();
    }

    private Job silenceTimer() {
        return management.createJobQuery().processInstanceId(processInstanceId()).activityId(SILENCE_TIMER)
                .singleResult();
    }

    private String processInstanceId() {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(placementId).singleResult().getId();
    }

    private List<TaskInbox.OpenTask> reminders() {
        return inbox.of(supervisor).stream()
                .filter(t -> t.placementId().equals(placementId) && t.key().equals(REMINDER)).toList();
    }
}
