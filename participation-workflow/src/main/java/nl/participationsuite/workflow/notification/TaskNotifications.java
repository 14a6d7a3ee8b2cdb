package nl.participationsuite.workflow.notification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.participationsuite.domain.notification.NotificationKind;
import nl.participationsuite.domain.notification.NotificationService;
import nl.participationsuite.domain.notification.TaskAudience;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.Executions;
import nl.participationsuite.workflow.tasks.TaskGroups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
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
 * score the conditions), its assignee gets a notification; when a group task is created (offered to the
 * trajectory's coordinator or its professionals: a motivation conversation, an input to answer, …), the
 * people of those groups hear of it, bundled ({@link NotificationService#groupTaskArrived}). Either is
 * written in the transaction that creates the task: a step that rolls back leaves none. The engine
 * plugin adds a create listener to those user tasks when the model is parsed, so the BPMN stays free of
 * notification concerns; the Spring Boot starter registers every {@code ProcessEnginePlugin} bean.
 */
@Component
class TaskNotifications extends AbstractProcessEnginePlugin {

    /** The personal user tasks and what their notification is about. */
    static final Map<String, NotificationKind> KINDS = Map.of(
            Activities.REVIEW_VISION, NotificationKind.VISION_REVIEW,
            Activities.RESPOND_TO_ROLE_AGREEMENT, NotificationKind.ROLE_AGREEMENT_RESPONSE,
            Activities.ACCEPT_SEAT, NotificationKind.SEAT_ACCEPTANCE,
            Activities.CAST_VOTE, NotificationKind.VOTE,
            Activities.CONDITIONS_CHECK_TASK, NotificationKind.CONDITIONS_CHECK);

    // Looked up when a task is created: the plugin is made before the engine, the service may need it.
    private final ObjectProvider<NotificationService> notifications;

    TaskNotifications(ObjectProvider<NotificationService> notifications) {
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
                if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
                    return;
                }
                TaskDefinition definition = behavior.getTaskDefinition();
                if (KINDS.containsKey(activity.getId())) {
                    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskNotifications.this::created);
                }
                else if (definition.getAssigneeExpression() == null
                        && !definition.getCandidateGroupIdExpressions().isEmpty()) {
                    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskNotifications.this::groupTaskCreated);
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

    /** The people of the groups the task is offered to hear of it, bundled with other group tasks. */
    void groupTaskCreated(DelegateTask task) {
        if (task.getAssignee() != null) {
            return;
        }
        TrajectoryId trajectoryId = Executions.trajectoryId(task.getExecution());
        Set<TaskAudience> audiences = EnumSet.noneOf(TaskAudience.class);
        for (IdentityLink candidate : task.getCandidates()) {
            if (TaskGroups.coordinatorGroup(trajectoryId).equals(candidate.getGroupId())) {
                audiences.add(TaskAudience.COORDINATOR);
            }
            else if (TaskGroups.professionalsGroup(trajectoryId).equals(candidate.getGroupId())) {
                audiences.add(TaskAudience.PROFESSIONALS);
            }
        }
        if (!audiences.isEmpty()) {
            notifications.getObject().groupTaskArrived(trajectoryId, audiences, task.getId(), task.getTaskDefinitionKey());
        }
    }
}
