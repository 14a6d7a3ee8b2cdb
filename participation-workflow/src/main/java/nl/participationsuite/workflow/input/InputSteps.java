package nl.participationsuite.workflow.input;

import java.util.Map;

import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.notification.NotificationKind;
import nl.participationsuite.domain.notification.NotificationService;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.Executions;
import nl.participationsuite.workflow.tasks.OutcomeHandler;
import nl.participationsuite.workflow.tasks.TaskVariables;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every input is answered: the professionals' response, and the escalation to the coordinator when it is late. */
@Configuration(proxyBeanMethods = false)
class InputSteps {

    /**
     * The input is marked escalated, and its still open response task is offered to the coordinator
     * too, so that the coordinator can see it through and answer it; the coordinator hears of it.
     */
    @Bean("escalateLateInput")
    JavaDelegate escalateLateInput(InputService inputs, TaskService taskService, NotificationService notifications) {
        return execution -> {
            String inputId = Executions.required(execution, VariableNames.INPUT_ID);
            inputs.markEscalated(InputId.of(inputId));
            String coordinatorGroup = Executions.required(execution, VariableNames.COORDINATOR_GROUP);
            taskService.createTaskQuery()
                    .processInstanceId(execution.getProcessInstanceId())
                    .taskDefinitionKey(Activities.RESPOND_TO_INPUT)
                    .list().stream()
                    .filter(task -> inputId.equals(TaskVariables.of(taskService, task, VariableNames.INPUT_ID)))
                    .forEach(task -> {
                        taskService.addCandidateGroup(task.getId(), coordinatorGroup);
                        notifications.toCoordinator(NotificationKind.INPUT_ESCALATED, Executions.trajectoryId(execution),
                                task.getId());
                    });
        };
    }

    /**
     * Takes the input into consideration when nobody did yet, then answers it with the feedback, by the
     * professional; the resident who gave it is notified in the same transaction.
     */
    @Bean
    OutcomeHandler<InputResponseOutcome> inputResponseHandler(InputService inputs, NotificationService notifications) {
        return OutcomeHandler.of(FormKeys.INPUT_RESPONSE, InputResponseOutcome.class, (task, outcome) -> {
            InputId inputId = InputId.of(task.variable(VariableNames.INPUT_ID));
            if (inputs.get(inputId).status() == InputStatus.RECEIVED) {
                inputs.startConsidering(inputId, task.actor());
            }
            notifications.inputAnswered(
                    inputs.respond(inputId, outcome.status(), outcome.feedback(), outcome.passedOn(), task.actor()));
            return Map.of();
        });
    }
}
