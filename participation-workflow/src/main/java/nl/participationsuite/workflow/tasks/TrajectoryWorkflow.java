package nl.participationsuite.workflow.tasks;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectories;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one door to the trajectory process. Every method is one user action in one transaction: the
 * domain change and the engine's step commit together or not at all. Someone who may not see a
 * task or trajectory gets {@link NotFoundException}, the same as for one that does not exist.
 */
@Service
public class TrajectoryWorkflow {

    /** Local variable of a task withdrawn because its person stepped back. */
    public static final String WITHDRAWN = "withdrawn";

    private final TrajectoryService trajectoryService;

    private final Trajectories trajectories;

    private final RuntimeService runtimeService;

    private final HistoryService historyService;

    private final TaskService taskService;

    private final ProcessMessages messages;

    private final TransactionTemplate transaction;

    private final Map<String, OutcomeHandler<?>> handlers;

    TrajectoryWorkflow(TrajectoryService trajectoryService, Trajectories trajectories, RuntimeService runtimeService,
            HistoryService historyService, TaskService taskService, ProcessMessages messages, PlatformTransactionManager transactionManager,
            List<OutcomeHandler<?>> handlers) {
        this.trajectoryService = trajectoryService;
        this.trajectories = trajectories;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.taskService = taskService;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactionManager);
        this.handlers = handlers.stream().collect(Collectors.toMap(OutcomeHandler::formKey, Function.identity()));
    }

    /** Starts a trajectory and its process: the trajectory id is the business key. */
    public Trajectory start(StartTrajectory start) {
        return inTransaction(() -> {
            Trajectory trajectory = trajectoryService.start(start);
            Map<String, Object> variables = new HashMap<>();
            variables.put(TrajectoryProcess.VariableNames.TRAJECTORY_ID, trajectory.id().toString());
            variables.put(TrajectoryProcess.VariableNames.COORDINATOR_GROUP, TaskGroups.coordinatorGroup(trajectory.id()));
            variables.put(TrajectoryProcess.VariableNames.PROFESSIONALS_GROUP, TaskGroups.professionalsGroup(trajectory.id()));
            runtimeService.startProcessInstanceByKey(TrajectoryProcess.PROCESS_KEY, trajectory.id().toString(), variables);
            return trajectory;
        });
    }

    /** The tasks assigned to the person and those open to them through their trajectories, oldest first. */
    public List<WorkflowTask> tasksFor(PersonId person) {
        List<Task> tasks = visibleTo(person).list().stream()
                .filter(task -> task.getAssignee() == null || task.getAssignee().equals(person.toString()))
                .sorted(Comparator.comparing(Task::getCreateTime))
                .toList();
        Map<String, String> businessKeys = businessKeys(tasks);
        return tasks.stream().map(task -> toWorkflowTask(task, businessKeys.get(task.getProcessInstanceId()))).toList();
    }

    /** One task the person may see. */
    public WorkflowTask task(String taskId, PersonId person) {
        Task task = visibleTask(taskId, person);
        return toWorkflowTask(task, businessKeys(List.of(task)).get(task.getProcessInstanceId()));
    }

    /**
     * A task the person may see with the variables the process gave it (which input, which version
     * under review, which round): what a task form shows as its context.
     */
    public TaskContext context(String taskId, PersonId person) {
        Task task = visibleTask(taskId, person);
        return new TaskContext(task.getId(), task.getTaskDefinitionKey(),
                TrajectoryId.of(businessKeys(List.of(task)).get(task.getProcessInstanceId())), person,
                taskService.getVariables(task.getId()));
    }

    /** The outcome record a task expects, named by its form key (for reading it from a form or JSON body). */
    public Class<? extends TaskOutcome> outcomeType(WorkflowTask task) {
        OutcomeHandler<?> handler = handlers.get(task.formKey());
        if (handler == null) {
            throw new IllegalStateException("no outcome handler for form key " + task.formKey());
        }
        return handler.outcomeType();
    }

    /** Takes an open group task; refused when someone else has it. */
    public void claim(String taskId, PersonId person) {
        inTransaction(() -> {
            Task task = visibleTask(taskId, person);
            if (task.getAssignee() != null && !task.getAssignee().equals(person.toString())) {
                throw new TaskConflictException("task " + taskId + " is already taken by someone else");
            }
            taskService.claim(taskId, person.toString());
            return null;
        });
    }

    /** Gives a claimed group task back to the group. */
    public void release(String taskId, PersonId person) {
        inTransaction(() -> {
            Task task = visibleTask(taskId, person);
            boolean offeredToAGroup = taskService.getIdentityLinksForTask(taskId).stream()
                    .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null);
            if (!person.toString().equals(task.getAssignee()) || !offeredToAGroup) {
                throw new RuleViolationException("taskId", "task.not-releasable", "only a claimed group task can be released");
            }
            taskService.setAssignee(taskId, null);
            return null;
        });
    }

    /**
     * Completes a task with its typed outcome: the domain change, then the engine's next step, in
     * one transaction. Someone else completing or taking the task first ends in
     * {@link TaskConflictException}; an outcome that breaks a rule in {@code RuleViolationException}.
     */
    public <T extends TaskOutcome> void complete(String taskId, PersonId person, T outcome) {
        inTransaction(() -> {
            Task task = visibleTask(taskId, person);
            if (task.getAssignee() != null && !task.getAssignee().equals(person.toString())) {
                throw new TaskConflictException("task " + taskId + " is taken by someone else");
            }
            OutcomeHandler<T> handler = handlerFor(task, outcome);
            TaskContext context = new TaskContext(task.getId(), task.getTaskDefinitionKey(),
                    TrajectoryId.of(businessKeys(List.of(task)).get(task.getProcessInstanceId())), person,
                    taskService.getVariables(task.getId()));
            Map<String, Object> variables = handler.apply(context, outcome);
            taskService.complete(task.getId(), variables);
            return null;
        });
    }

    /**
     * A resident steps back from the trajectory, themselves or through the coordinator. Their input
     * and votes stay on record; the process then checks whether the steering group still meets the
     * seat rules and, if not, asks the coordinator to restore them.
     */
    public void stepBack(TrajectoryId trajectoryId, ParticipantId participantId, PersonId actor) {
        inTransaction(() -> {
            Trajectory trajectory = trajectoryService.get(trajectoryId);
            Participant participant = trajectory.participants().stream()
                    .filter(candidate -> candidate.id().equals(participantId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("participant", participantId));
            boolean self = participant.personId().equals(actor);
            if (!self && !trajectory.coordinatorId().equals(actor)) {
                throw new NotFoundException("participant", participantId);
            }
            if (!participant.isResident()) {
                throw new RuleViolationException("participantId", "step-back.not-a-resident",
                        "only residents step back; professionals leave through their coordinator");
            }
            if (!participant.isActive()) {
                throw new RuleViolationException("participantId", "step-back.already", "already stepped back");
            }
            trajectoryService.stepBack(trajectoryId, participantId);
            messages.send(trajectoryId, TrajectoryProcess.Messages.RESIDENT_STEPPED_BACK,
                    Map.of(TrajectoryProcess.VariableNames.PARTICIPANT_ID, participantId.toString()),
                    "trajectory.closed", "the trajectory's process has ended");
            withdrawOpenTasks(trajectoryId, participant.personId());
            return null;
        });
    }

    /**
     * Someone who stepped back is asked nothing more: their open tasks (a review, a role agreement,
     * a seat, a vote, a conditions check) are withdrawn, so that the others' round goes on without
     * waiting for them. The domain records nothing for them; each step counts the people still
     * taking part. History keeps the task with the local variable {@code withdrawn}.
     */
    private void withdrawOpenTasks(TrajectoryId trajectoryId, PersonId person) {
        List<Task> open = taskService.createTaskQuery().processInstanceBusinessKey(trajectoryId.toString())
                .taskAssignee(person.toString()).list();
        for (Task task : open) {
            taskService.setVariableLocal(task.getId(), WITHDRAWN, true);
            Map<String, Object> routing = TrajectoryProcess.Activities.RESPOND_TO_ROLE_AGREEMENT.equals(task.getTaskDefinitionKey())
                    ? Map.of(TrajectoryProcess.VariableNames.ROLE_ACCEPTED, true)
                    : Map.of();
            taskService.complete(task.getId(), routing);
        }
    }

    @SuppressWarnings("unchecked")
    private <T extends TaskOutcome> OutcomeHandler<T> handlerFor(Task task, T outcome) {
        OutcomeHandler<?> handler = handlers.get(task.getFormKey());
        if (handler == null) {
            throw new IllegalStateException("no outcome handler for form key " + task.getFormKey());
        }
        if (outcome == null || !handler.outcomeType().isInstance(outcome)) {
            throw new RuleViolationException("outcome", "outcome.wrong-type", "task " + task.getTaskDefinitionKey()
                    + " expects a " + handler.outcomeType().getSimpleName());
        }
        return (OutcomeHandler<T>) handler;
    }

    /** The business keys (trajectory ids) of the tasks' process instances, in one query. */
    private Map<String, String> businessKeys(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return Map.of();
        }
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        return runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    /**
     * A task the person may see. One that is gone because someone completed it first is a
     * conflict for a person of its trajectory, and not found for anyone else.
     */
    private Task visibleTask(String taskId, PersonId person) {
        Task task = visibleTo(person).taskId(taskId).singleResult();
        if (task != null) {
            return task;
        }
        HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
        if (done != null && takesPartIn(person, done.getProcessInstanceId())) {
            throw new TaskConflictException("task " + taskId + " was already completed");
        }
        throw new NotFoundException("task", taskId);
    }

    private boolean takesPartIn(PersonId person, String processInstanceId) {
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return instance != null && trajectories.findById(TrajectoryId.of(instance.getBusinessKey()))
                .flatMap(trajectory -> trajectory.participantOf(person)).isPresent();
    }

    /** Tasks assigned to the person, or offered to a group the person is in. */
    private TaskQuery visibleTo(PersonId person) {
        List<String> groups = TaskGroups.of(person, trajectories.findByParticipant(person));
        TaskQuery query = taskService.createTaskQuery().initializeFormKeys();
        if (groups.isEmpty()) {
            return query.taskAssignee(person.toString());
        }
        return query.or().taskAssignee(person.toString()).taskCandidateGroupIn(groups).endOr();
    }

    private static WorkflowTask toWorkflowTask(Task task, String businessKey) {
        return new WorkflowTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getFormKey(),
                TrajectoryId.of(businessKey), task.getAssignee() == null ? null : PersonId.of(task.getAssignee()),
                task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }

    /** Runs one user action in one transaction and names a lost race for what it is. */
    <R> R inTransaction(java.util.function.Supplier<R> action) {
        try {
            return transaction.execute(status -> action.get());
        }
        catch (OptimisticLockingException | OptimisticLockingFailureException ex) {
            throw new TaskConflictException("someone else changed this at the same time", ex);
        }
        catch (NullValueException ex) {
            throw new TaskConflictException("the task is no longer open", ex);
        }
        catch (DataIntegrityViolationException ex) {
            throw new TaskConflictException("this was already recorded", ex);
        }
    }
}
