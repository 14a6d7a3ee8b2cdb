package nl.participationsuite.workflow.input;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.Messages;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.ProcessMessages;
import nl.participationsuite.workflow.tasks.TaskConflictException;
import nl.participationsuite.workflow.tasks.TaskVariables;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.UserActions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Receiving a resident's input from outside a task: the input is stored and the professionals get a
 * task to answer it by its due date, in one transaction. Answering it by the input's id completes
 * that task, as if done from the task's form.
 */
@Service
public class InputWorkflow {

    private final InputService inputs;

    private final ProcessMessages messages;

    private final TaskService taskService;

    private final TrajectoryWorkflow tasks;

    private final UserActions actions;

    private final ManagementService managementService;

    private final Clock clock;

    InputWorkflow(InputService inputs, ProcessMessages messages, TaskService taskService, TrajectoryWorkflow tasks,
            UserActions actions, ManagementService managementService, Clock clock) {
        this.inputs = inputs;
        this.messages = messages;
        this.taskService = taskService;
        this.tasks = tasks;
        this.actions = actions;
        this.managementService = managementService;
        this.clock = clock;
    }

    /**
     * Records the input, due one response time after it was received, and asks the trajectory's
     * professionals to respond: in every phase, since residents give input whenever they have it.
     * Refused (nothing stored) when the domain refuses it, e.g. on a closed trajectory.
     */
    public ResidentInput receive(ReceiveInput input) {
        return actions.run(() -> {
            ResidentInput received = inputs.receive(input);
            messages.send(received.trajectoryId(), Messages.INPUT_RECEIVED, Map.of(
                            VariableNames.INPUT_ID, received.id().toString(),
                            VariableNames.INPUT_DUE_DATE, Date.from(received.dueAt())),
                    "trajectory.closed", "the trajectory's process has ended; no input can be answered through it");
            return received;
        });
    }

    /**
     * Answers an input of the trajectory by completing its respond task for the responder (who must
     * be offered that task: a professional of the trajectory). An input already answered is a
     * conflict; one that is not the trajectory's, or whose task the responder may not see, is not found.
     */
    public ResidentInput respond(TrajectoryId trajectoryId, InputId inputId, PersonId responder,
            InputResponseOutcome response) {
        return actions.run(() -> answer(trajectoryId, inputId, responder, response));
    }

    private ResidentInput answer(TrajectoryId trajectoryId, InputId inputId, PersonId responder,
            InputResponseOutcome response) {
        Task task = openTask(trajectoryId, inputId);
        tasks.complete(task.getId(), responder, response);
        return inputs.get(inputId);
    }

    /**
     * An interim answer to an input that is not answered yet: what is being done, and the day the
     * resident can expect the answer. The task to answer it stays open, now due at the end of that
     * day, and so does the escalation of a late answer (unless it was escalated already). Only someone
     * offered that task may give it (a professional of the trajectory); refused as the domain refuses it.
     */
    public ResidentInput giveInterimAnswer(TrajectoryId trajectoryId, InputId inputId, PersonId by, String answer,
            LocalDate expectedOn) {
        return actions.run(() -> {
            Task task = openTask(trajectoryId, inputId);
            tasks.task(task.getId(), by);
            ResidentInput input = inputs.giveInterimAnswer(inputId, answer, expectedOn, by);
            Date due = Date.from(expectedOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
            task.setDueDate(due);
            taskService.saveTask(task);
            if (input.escalatedAt() == null) {
                managementService.createJobQuery().processInstanceId(task.getProcessInstanceId())
                        .activityId(Activities.INPUT_RESPONSE_OVERDUE).list().stream()
                        .filter(job -> task.getExecutionId().equals(job.getExecutionId()))
                        .forEach(job -> managementService.setJobDuedate(job.getId(), due));
            }
            return input;
        });
    }

    /** The open task to answer this input of the trajectory; an answered input is a conflict, a stranger's not found. */
    private Task openTask(TrajectoryId trajectoryId, InputId inputId) {
        ResidentInput input = inputs.find(inputId).filter(found -> found.trajectoryId().equals(trajectoryId))
                .orElseThrow(() -> new NotFoundException("input", inputId));
        if (input.isAnswered()) {
            throw new TaskConflictException(TaskConflictException.Reason.COMPLETED_BY_SOMEONE_ELSE,
                    "input " + inputId + " was already answered");
        }
        return taskService.createTaskQuery().processInstanceBusinessKey(trajectoryId.toString())
                .taskDefinitionKey(Activities.RESPOND_TO_INPUT).list().stream()
                .filter(task -> inputId.toString().equals(TaskVariables.of(taskService, task, VariableNames.INPUT_ID)))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("input task", inputId));
    }
}
