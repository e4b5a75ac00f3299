package org.pathwork.workflow.placement.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.junit.jupiter.api.Test;

/**
 * The engine keeps its history level's id in its database and refuses to start on another: a database
 * an earlier Pathwork created at level activity must start at {@value TimelineHistoryLevel#NAME}, and
 * back again.
 */
class TimelineHistoryLevelUpgradeTest {

    @Test
    void aDatabaseOfLevelActivityStartsAtTheTimelineLevelAndBack() {
        String url = "jdbc:h2:mem:history-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        start(url, ProcessEngineConfiguration.HISTORY_ACTIVITY).close();

        ProcessEngine timeline = start(url, TimelineHistoryLevel.NAME);
        assertThat(((StandaloneInMemProcessEngineConfiguration) timeline.getProcessEngineConfiguration())
                .getHistoryLevel().getName()).isEqualTo(TimelineHistoryLevel.NAME);
        timeline.close();

        start(url, ProcessEngineConfiguration.HISTORY_ACTIVITY).close();
    }

    private static ProcessEngine start(String url, String history) {
        StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
        config.setJdbcUrl(url);
        config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        config.setCustomHistoryLevels(List.<HistoryLevel>of(new TimelineHistoryLevel()));
        config.setHistory(history);
        config.setJobExecutorActivate(false);
        config.setProcessEngineName("history-level-" + UUID.randomUUID());
        return config.buildProcessEngine();
    }
}
