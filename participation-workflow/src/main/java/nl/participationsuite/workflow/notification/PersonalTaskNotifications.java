package nl.participationsuite.workflow.notification;

import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;

import nl.participationsuite.domain.notification.NotificationKind;
import nl.participationsuite.domain.notification.NotificationService;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.Executions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * When a personal task is created (review the vision, answer a role agreement, accept a seat, vote,
 * score the conditions), its assignee gets a notification, written in the transaction that creates the
 * task: a step that rolls back leaves none. The engine plugin adds a create listener to those five user
 * tasks when the model is parsed, so the BPMN stays free of notification concerns; the Spring Boot
 * starter registers every {@code ProcessEnginePlugin} bean.
 */
@Component
class PersonalTaskNotifications extends AbstractProcessEnginePlugin {

    /** The personal user tasks and what their notification is about. */
    static final Map<String, NotificationKind> KINDS = Map.of(
            Activities.REVIEW_VISION, NotificationKind.VISION_REVIEW,
            Activities.RESPOND_TO_ROLE_AGREEMENT, NotificationKind.ROLE_AGREEMENT_RESPONSE,
            Activities.ACCEPT_SEAT, NotificationKind.SEAT_ACCEPTANCE,
            Activities.CAST_VOTE, NotificationKind.VOTE,
            Activities.CONDITIONS_CHECK_TASK, NotificationKind.CONDITIONS_CHECK);

    // Looked up when a task is created: the plugin is made before the engine, the service may need it.
    private final ObjectProvider<NotificationService> notifications;

    PersonalTaskNotifications(ObjectProvider<NotificationService> notifications) {
        this.notifications = notifications;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (KINDS.containsKey(activity.getId())
                        && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    TaskDefinition definition = behavior.getTaskDefinition();
                    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, PersonalTaskNotifications.this::created);
                }
            }
        });
    }

    /** The task's assignee (a person id) hears of it; a vote names its decision round. */
    void created(DelegateTask task) {
        NotificationKind kind = KINDS.get(task.getTaskDefinitionKey());
        if (kind == null || task.getAssignee() == null) {
            return;
        }
        Object round = kind == NotificationKind.VOTE ? task.getVariable(VariableNames.DECISION_ROUND_ID) : null;
        notifications.getObject().taskArrived(PersonId.of(task.getAssignee()), kind,
                Executions.trajectoryId(task.getExecution()), round == null ? null : UUID.fromString(round.toString()),
                task.getId());
    }
}
