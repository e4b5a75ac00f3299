package org.pathwork.workflow.placement.process;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.pathwork.workflow.notification.NotificationPolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells the notification policy of every user task the engine creates, in the engine's (that is,
 * the command's) transaction. Added to each user task when the BPMN is parsed, so the process
 * files need no listener of their own and the process tests run without it.
 */
@Component
class TaskNotifications extends AbstractProcessEnginePlugin {

    private final ObjectProvider<NotificationPolicy> policy;

    TaskNotifications(ObjectProvider<NotificationPolicy> policy) {
        this.policy = policy;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        onEveryUserTask(configuration, (activity, task) ->
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskNotifications.this::created));
    }

    /** Has {@code parsed} called with every user task of every model the engine parses (for its listeners). */
    static void onEveryUserTask(ProcessEngineConfigurationImpl configuration,
                                BiConsumer<ActivityImpl, TaskDefinition> parsed) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                parsed.accept(activity, ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition());
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private void created(DelegateTask task) {
        policy.getObject().taskCreated(task.getTaskDefinitionKey(), task.getId(),
                (String) task.getVariable("placementId"), task.getDueDate());
    }
}
