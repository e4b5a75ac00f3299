package org.pathwork.workflow.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.placement.process.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A placement whose process runs on a model from before activeSince (deployed before it existed, the
 * instance keeps its definition) still has its silence counted from when it became active: the check
 * falls back to the engine's history for it.
 */
class SupervisorSilenceOfEarlierModelsIntegrationTest extends IntegrationTest {

    private static final String REMINDER = "user_task_log_hours_reminder";
    private static final String SILENCE_TIMER = "timer_supervisor_silent";
    private static final String ACTIVE_SINCE = "activeSince";

    @Autowired PlacementService placements;
    @Autowired TaskInbox inbox;
    @Autowired RuntimeService runtime;
    @Autowired Fixtures given;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void withoutActiveSinceTheSilenceCountsFromTheActivitysStartInTheHistory() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        LocalDate today = given.today();
        String id = placements.apply(given.student(18), given.opportunity(coordinator, supervisor, 1, 16, 40),
                List.of("Learn the trade"), today.minusDays(10), today.plusDays(30));
        placements.approve(coordinator, id, null, null, null);

        // given a placement that became active eight days ago, its instance without activeSince, as one
        // of an earlier model
        ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(8))));
        placements.start(supervisor, id);
        ClockUtil.reset();
        String processInstanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id)
                .singleResult().getId();
        VariableInstance variable = runtime.createVariableInstanceQuery().processInstanceIdIn(processInstanceId)
                .variableName(ACTIVE_SINCE).singleResult();
        runtime.removeVariableLocal(variable.getExecutionId(), ACTIVE_SINCE);

        // when its silence timer comes due
        given.fireTimer(id, SILENCE_TIMER);

        // then the check found in the history that it has been active for eight days, and reminds
        assertThat(inbox.of(supervisor).stream()
                .filter(t -> t.placementId().equals(id) && t.key().equals(REMINDER))).hasSize(1);
    }
}
