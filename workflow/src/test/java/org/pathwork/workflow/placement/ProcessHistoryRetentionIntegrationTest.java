package org.pathwork.workflow.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's history of a placement (the process steps on its timeline) is kept as long as the
 * placement can run and three years after, and its removal time is written once, when each history row
 * is inserted (historyRemovalTimeStrategy "start"), not rewritten in every history table when the
 * process ends.
 */
class ProcessHistoryRetentionIntegrationTest extends IntegrationTest {

    private static final String PROCESS = "placement_lifecycle";
    /** How long the history is kept after the latest planned end a placement can have. */
    private static final Period KEPT_AFTER_THE_PLACEMENT = Period.ofYears(3);

    @Autowired PlacementService placements;
    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repository;
    @Autowired HistoryService history;
    @Autowired Fixtures given;

    private Actor coordinator;
    private String opportunity;

    @Test
    void theHistoryTimeToLiveCountsFromTheApplicationAndOutlastsTheLongestPlacementThatCanBePlanned() {
        coordinator = given.coordinator();
        opportunity = given.opportunity(coordinator, given.supervisor(), 1, 16, 40);
        LocalDate today = given.today();

        // given the latest planned end the placement's rules accept in an application made today: the
        // latest start they accept, then the latest end from that start (found by applying, so that the
        // rules' own numbers are used, wherever they are written)
        LocalDate latestStart = latestAccepted(today, start -> accepted(start, start));
        LocalDate latestEnd = latestAccepted(latestStart, end -> accepted(latestStart, end));
        assertThat(latestEnd).as("the rules bound a placement's dates").isAfter(latestStart);

        // when the engine keeps the placement process's history
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS)
                .latestVersion().singleResult();
        Integer timeToLiveDays = definition.getHistoryTimeToLive();

        // then it counts from the process's start, the application...
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryRemovalTimeStrategy())
                .isEqualTo(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_START);
        // ...and outlasts the latest planned end by the time history is kept after a placement
        assertThat(timeToLiveDays).isNotNull();
        assertThat(today.plusDays(timeToLiveDays))
                .as("%d days of history after an application made on %s; a placement may end on %s", timeToLiveDays,
                        today, latestEnd)
                .isAfterOrEqualTo(latestEnd.plus(KEPT_AFTER_THE_PLACEMENT));
    }

    @Test
    void aRunningPlacementsHistoryAlreadyCarriesItsRemovalTime() {
        coordinator = given.coordinator();
        opportunity = given.opportunity(coordinator, given.supervisor(), 1, 16, 40);
        LocalDate today = given.today();

        // when a student applies
        String placementId = placements.apply(given.student(18), opportunity, List.of("Learn the trade"),
                today.plusDays(10), today.plusDays(40));

        // then the process's history rows, written while it runs, already say when they may be removed:
        // its start plus the time-to-live, so ending it will not have to rewrite them
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(placementId).singleResult();
        assertThat(instance.getEndTime()).isNull();
        int timeToLiveDays = repository.getProcessDefinition(instance.getProcessDefinitionId()).getHistoryTimeToLive();
        assertThat(instance.getRemovalTime())
                .isEqualTo(instance.getStartTime().toInstant().plus(Duration.ofDays(timeToLiveDays)));
        List<HistoricTaskInstance> steps = history.createHistoricTaskInstanceQuery()
                .processInstanceId(instance.getId()).list();
        assertThat(steps).isNotEmpty()
                .allSatisfy(step -> assertThat(step.getRemovalTime()).isEqualTo(instance.getRemovalTime()));
    }

    /** Whether an application for these dates passes the placement's date rules. */
    private boolean accepted(LocalDate plannedStart, LocalDate plannedEnd) {
        try {
            // a student of their own each time: one open application per student and opportunity
            placements.apply(given.student(18), opportunity, List.of("Learn the trade"), plannedStart, plannedEnd);
            return true;
        } catch (RuleViolation refused) {
            assertThat(refused.code()).isEqualTo("placement.dates-out-of-range");
            return false;
        }
    }

    /** The latest day from {@code from} on (which must be accepted) that is accepted, by halving. */
    private static LocalDate latestAccepted(LocalDate from, Predicate<LocalDate> accepted) {
        assertThat(accepted.test(from)).as("%s is accepted", from).isTrue();
        long good = 0;
        long bad = 366;
        while (accepted.test(from.plusDays(bad))) {
            good = bad;
            bad *= 2;
            assertThat(bad).as("no date rule bounds this").isLessThan(200L * 366);
        }
        while (bad - good > 1) {
            long middle = (good + bad) / 2;
            if (accepted.test(from.plusDays(middle))) {
                good = middle;
            } else {
                bad = middle;
            }
        }
        return from.plusDays(good);
    }
}
