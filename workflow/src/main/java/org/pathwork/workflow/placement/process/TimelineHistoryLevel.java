package org.pathwork.workflow.placement.process;

import static org.pathwork.workflow.placement.process.PlacementProcess.ACTIVE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.springframework.stereotype.Component;

/**
 * The engine's history level {@value #NAME}: what the audit timeline reads ({@link CamundaProcessHistory})
 * and nothing more. Of level {@code activity} it keeps the process instances and the task instances, and of
 * the activity instances only the timers' (the timeline's "Timer fired" lines) and "Placement active"
 * (which the silence check of models from before {@code activeSince} still looks up); the other activity
 * instances, a dozen rows written and updated per placement's life, are not recorded.
 *
 * <p>It is a subset of {@code activity} and shares its id, which the engine keeps in its database and
 * checks at start-up: a database created at level {@code activity} starts at this level and back again.
 * Chosen with {@code camunda.bpm.history-level: pathwork-timeline}.
 */
@Component
class TimelineHistoryLevel extends AbstractProcessEnginePlugin implements HistoryLevel {

    static final String NAME = "pathwork-timeline";

    @Override
    public int getId() {
        return HistoryLevel.HISTORY_LEVEL_ACTIVITY.getId();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (!HistoryLevel.HISTORY_LEVEL_ACTIVITY.isHistoryEventProduced(eventType, entity)) {
            return false;
        }
        if (eventType != HistoryEventTypes.ACTIVITY_INSTANCE_START && eventType != HistoryEventTypes.ACTIVITY_INSTANCE_END
                && eventType != HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE && eventType != HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE) {
            return true;
        }
        // Without an execution to tell which activity it is (the engine asks in general too): recorded.
        if (!(entity instanceof ExecutionEntity execution) || execution.getActivity() == null) {
            return true;
        }
        return readByTheTimeline(execution.getActivity());
    }

    static boolean readByTheTimeline(ActivityImpl activity) {
        Object type = activity.getProperty("type");
        return ACTIVE.equals(activity.getId())
                || (type instanceof String t && t.toLowerCase(Locale.ROOT).contains("timer"));
    }

    /** Registers this level with the engine; the configuration chooses it by name. */
    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
        levels.add(this);
        configuration.setCustomHistoryLevels(levels);
    }
}
