package nl.participationsuite.workflow.trajectory;

import java.util.Date;
import java.util.Map;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.AwaitedResponse;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.Executions;
import nl.participationsuite.workflow.tasks.OutcomeHandler;
import nl.participationsuite.workflow.tasks.TaskContext;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Waiting on a person (a vision review, a role agreement, a seat) takes no longer than the
 * trajectory's response time: each wait starts with a due date, the person is reminded when it
 * passes, and the coordinator follows up by asking again (a new due date) or by recording that the
 * person steps back, which ends the wait the way any step back does.
 */
@Configuration(proxyBeanMethods = false)
class ResponseDeadlineSteps {

    /** The user task each kind of wait waits on. */
    static final Map<AwaitedResponse, String> AWAITED_TASKS = Map.of(
            AwaitedResponse.VISION_REVIEW, Activities.REVIEW_VISION,
            AwaitedResponse.ROLE_AGREEMENT_RESPONSE, Activities.RESPOND_TO_ROLE_AGREEMENT,
            AwaitedResponse.SEAT_ACCEPTANCE, Activities.ACCEPT_SEAT);

    /** Start listener of each wait: its due date, local to the wait, from the trajectory's response time. */
    @Bean("startResponseDeadline")
    JavaDelegate startResponseDeadline(TrajectoryService trajectories) {
        return execution -> execution.setVariableLocal(VariableNames.RESPONSE_DUE,
                Date.from(trajectories.responseDue(Executions.trajectoryId(execution))));
    }

    /** The due date passed: the person is reminded (recorded in the domain; sending it is not the process's business). */
    @Bean("remindSilentParticipant")
    JavaDelegate remindSilentParticipant(TrajectoryService trajectories) {
        return execution -> trajectories.remindSilentParticipant(Executions.trajectoryId(execution),
                PersonId.of(Executions.required(execution, VariableNames.AWAITED_PERSON_ID)), awaited(execution),
                ((Date) execution.getVariable(VariableNames.RESPONSE_DUE)).toInstant());
    }

    /** The coordinator asked again: a new due date, one response time from now, on the wait and on the person's task. */
    @Bean("extendResponseDeadline")
    JavaDelegate extendResponseDeadline(TrajectoryService trajectories) {
        return execution -> {
            Date due = Date.from(trajectories.responseDue(Executions.trajectoryId(execution)));
            execution.setVariable(VariableNames.RESPONSE_DUE, due);
            var taskService = execution.getProcessEngineServices().getTaskService();
            for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                    .taskDefinitionKey(AWAITED_TASKS.get(awaited(execution)))
                    .taskAssignee(Executions.required(execution, VariableNames.AWAITED_PERSON_ID)).list()) {
                taskService.setDueDate(task.getId(), due);
            }
        };
    }

    /**
     * Asking again moves the wait on. Stepping back is refused for someone who cannot step back (a
     * professional, someone who already did); otherwise, once the follow-up is done, the person steps
     * back through the facade's own step back: the domain records it, the process checks the seats,
     * and the person's open tasks (the one waited on among them) are withdrawn.
     */
    @Bean
    OutcomeHandler<SilentParticipantFollowUpOutcome> silentParticipantFollowUpHandler(TrajectoryService trajectories,
            ObjectProvider<TrajectoryWorkflow> workflow) {
        return new OutcomeHandler<>() {
            @Override
            public String formKey() {
                return FormKeys.SILENT_PARTICIPANT_FOLLOW_UP;
            }

            @Override
            public Class<SilentParticipantFollowUpOutcome> outcomeType() {
                return SilentParticipantFollowUpOutcome.class;
            }

            @Override
            public Map<String, Object> apply(TaskContext task, SilentParticipantFollowUpOutcome outcome) {
                if (outcome.decision() == null) {
                    throw new RuleViolationException("decision", "required", "decision is required");
                }
                if (outcome.decision() == SilentParticipantFollowUpOutcome.Decision.ASK_AGAIN) {
                    return Map.of(VariableNames.ASK_AGAIN, true);
                }
                Participant participant = awaitedParticipant(trajectories, task);
                if (!participant.isResident() || !participant.isActive()) {
                    throw new RuleViolationException("decision", "follow-up.cannot-step-back",
                            "only a resident who still takes part can be recorded as stepping back");
                }
                return Map.of(VariableNames.ASK_AGAIN, false);
            }

            @Override
            public void afterCompletion(TaskContext task, SilentParticipantFollowUpOutcome outcome) {
                if (outcome.decision() == SilentParticipantFollowUpOutcome.Decision.STEP_BACK) {
                    workflow.getObject().stepBack(task.trajectoryId(), awaitedParticipant(trajectories, task).id(),
                            task.actor());
                }
            }
        };
    }

    private static Participant awaitedParticipant(TrajectoryService trajectories, TaskContext task) {
        TrajectoryId trajectoryId = task.trajectoryId();
        return trajectories.get(trajectoryId).participantOf(PersonId.of(task.variable(VariableNames.AWAITED_PERSON_ID)))
                .orElseThrow(() -> new RuleViolationException("decision", "participant.unknown",
                        "the person waited on no longer takes part"));
    }

    private static AwaitedResponse awaited(DelegateExecution execution) {
        return AwaitedResponse.valueOf(Executions.required(execution, VariableNames.AWAITED_RESPONSE));
    }
}
