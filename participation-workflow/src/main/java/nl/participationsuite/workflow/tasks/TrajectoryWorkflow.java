package nl.participationsuite.workflow.tasks;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.participationsuite.domain.roles.RoleAgreementService;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

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

    private final People people;

    private final TaskService taskService;

    private final ProcessMessages messages;

    private final UserActions actions;

    private final VisibleTasks visibleTasks;

    private final RuntimeService runtimeService;

    private final IdentityService identityService;

    private final TaskSubjects subjects;

    private final RoleAgreementService roleAgreements;

    private final Map<String, OutcomeHandler<?>> handlers;

    private final ApplicationEventPublisher events;

    TrajectoryWorkflow(TrajectoryService trajectoryService, People people, RuntimeService runtimeService,
            IdentityService identityService, TaskService taskService, ProcessMessages messages, UserActions actions, VisibleTasks visibleTasks,
            TaskSubjects subjects, RoleAgreementService roleAgreements, List<OutcomeHandler<?>> handlers,
            ApplicationEventPublisher events) {
        this.events = events;
        this.roleAgreements = roleAgreements;
        this.trajectoryService = trajectoryService;
        this.people = people;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.taskService = taskService;
        this.messages = messages;
        this.actions = actions;
        this.visibleTasks = visibleTasks;
        this.subjects = subjects;
        this.handlers = handlers.stream().collect(Collectors.toMap(OutcomeHandler::formKey, Function.identity()));
    }

    /** Starts a trajectory and its process: the trajectory id is the business key. */
    public Trajectory start(StartTrajectory start) {
        return actions.run(() -> {
            Trajectory trajectory = trajectoryService.start(start);
            Map<String, Object> variables = new HashMap<>();
            variables.put(TrajectoryProcess.VariableNames.TRAJECTORY_ID, trajectory.id().toString());
            variables.put(TrajectoryProcess.VariableNames.COORDINATOR_GROUP, TaskGroups.coordinatorGroup(trajectory.id()));
            variables.put(TrajectoryProcess.VariableNames.PROFESSIONALS_GROUP, TaskGroups.professionalsGroup(trajectory.id()));
            runtimeService.startProcessInstanceByKey(TrajectoryProcess.PROCESS_KEY, trajectory.id().toString(), variables);
            return trajectory;
        });
    }

    /**
     * Every task the search finds, oldest first. Unpaged: for lists small by nature (a resident's own
     * tasks, one trajectory's tasks of one kind); lists that grow use the paged {@link #tasks(TaskSearch, int, int)}.
     */
    public List<WorkflowTask> tasks(TaskSearch search) {
        return visibleTasks.all(search);
    }

    /** One page of the tasks the search finds, oldest first, in two statements whatever the data. */
    public TaskPage tasks(TaskSearch search, int offset, int limit) {
        return visibleTasks.page(search, offset, limit);
    }

    /**
     * Whom or what each of these tasks is about, by task id, in one statement: a list shows it beside
     * the task's name. Tasks without a subject (or whose subject is gone) are left out.
     */
    public Map<String, TaskSubject> subjects(Collection<WorkflowTask> tasks) {
        return subjects.of(tasks);
    }

    /** One task the person may see. */
    public WorkflowTask task(String taskId, PersonId person) {
        return visibleTask(taskId, person);
    }

    /**
     * A task the person may see with the variables the process gave it (which input, which version
     * under review, which round): what a task form shows as its context.
     */
    public TaskContext context(String taskId, PersonId person) {
        WorkflowTask task = visibleTask(taskId, person);
        return new TaskContext(task.id(), task.definitionKey(), task.trajectoryId(), person,
                visibleTasks.variables(task.id()));
    }

    /** The outcome record a task expects, named by its form key (for reading it from a form or JSON body). */
    public Class<? extends TaskOutcome> outcomeType(WorkflowTask task) {
        OutcomeHandler<?> handler = handlers.get(task.formKey());
        if (handler == null) {
            throw new IllegalStateException("no outcome handler for form key " + task.formKey());
        }
        return handler.outcomeType();
    }

    /**
     * The outcome record of every form key the process has, by form key: what completing a task of
     * that key expects, whichever channel completes it.
     */
    public Map<String, Class<? extends TaskOutcome>> outcomeTypes() {
        return handlers.values().stream()
                .collect(Collectors.toMap(OutcomeHandler::formKey, OutcomeHandler::outcomeType));
    }

    /** Takes an open group task; refused when someone else has it. */
    public void claim(String taskId, PersonId person) {
        actions.run(() -> {
            WorkflowTask task = taskToActOn(taskId, person);
            refuseWhenClaimedByAColleague(task, person);
            taskService.claim(taskId, person.toString());
        });
    }

    /** Gives a claimed group task back to the group. */
    public void release(String taskId, PersonId person) {
        actions.run(() -> {
            WorkflowTask task = taskToActOn(taskId, person);
            refuseWhenClaimedByAColleague(task, person);
            boolean offeredToAGroup = taskService.getIdentityLinksForTask(taskId).stream()
                    .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null);
            if (!person.equals(task.assignee()) || !offeredToAGroup) {
                throw new RuleViolationException("taskId", "task.not-releasable", "only a claimed group task can be released");
            }
            taskService.setAssignee(taskId, null);
        });
    }

    /**
     * Completes a task with its typed outcome: the domain change, then the engine's next step, in
     * one transaction. Someone else completing or taking the task first ends in
     * {@link TaskConflictException}; an outcome that breaks a rule in {@code RuleViolationException}.
     * Losing a race with an independent action (another input answered, another vote cast at the
     * same moment) is not a conflict: the action is tried again ({@link UserActions}).
     */
    public <T extends TaskOutcome> void complete(String taskId, PersonId person, T outcome) {
        actions.run(() -> {
            WorkflowTask task = taskToActOn(taskId, person);
            refuseWhenClaimedByAColleague(task, person);
            completeActedOn(task, person, outcome);
        });
    }

    /**
     * Completes a task with the outcome read for the type the task expects ({@link #outcomeType}),
     * as {@link #complete} does, looking the task up once: for a caller that can only read the
     * outcome once it knows the task's kind (the API reads a JSON body). A body that does not read
     * as that type is refused by the reader, with nothing stored.
     */
    public void completeWith(String taskId, PersonId person,
            Function<Class<? extends TaskOutcome>, ? extends TaskOutcome> reader) {
        actions.run(() -> {
            WorkflowTask task = taskToActOn(taskId, person);
            refuseWhenClaimedByAColleague(task, person);
            completeActedOn(task, person, reader.apply(outcomeType(task)));
        });
    }

    private <T extends TaskOutcome> void completeActedOn(WorkflowTask task, PersonId person, T outcome) {
        OutcomeHandler<T> handler = handlerFor(task, outcome);
        TaskContext context = new TaskContext(task.id(), task.definitionKey(), task.trajectoryId(), person,
                visibleTasks.variables(task.id()));
        Map<String, Object> variables = handler.apply(context, outcome);
        // The engine's operation log then says who completed the task, also a group task no one
        // claimed (so that a second click is "you already did", not "someone else did").
        identityService.setAuthenticatedUserId(person.toString());
        try {
            taskService.complete(task.id(), variables);
        }
        finally {
            identityService.clearAuthentication();
        }
        handler.afterCompletion(context, outcome);
        events.publishEvent(new TaskCompleted(task.definitionKey(), task.formKey()));
    }

    /**
     * A resident steps back from the trajectory, themselves or through the coordinator. Their input
     * and votes stay on record; the process then checks whether the steering group still meets the
     * seat rules and, if not, asks the coordinator to restore them.
     */
    public void stepBack(TrajectoryId trajectoryId, ParticipantId participantId, PersonId actor) {
        actions.run(() -> {
            Trajectory trajectory = trajectoryService.get(trajectoryId);
            Participant participant = trajectory.participants().stream()
                    .filter(candidate -> candidate.id().equals(participantId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("participant", participantId));
            boolean self = participant.personId().equals(actor);
            if (!self && !trajectory.coordinatorId().equals(actor)) {
                throw new NotFoundException("participant", participantId);
            }
            // The trajectory refuses a professional, someone who stepped back already, and a closed trajectory.
            trajectoryService.stepBack(trajectoryId, participantId);
            roleAgreements.withdrawUnsettled(trajectoryId, participantId);
            messages.send(trajectoryId, TrajectoryProcess.Messages.RESIDENT_STEPPED_BACK,
                    Map.of(TrajectoryProcess.VariableNames.PARTICIPANT_ID, participantId.toString()),
                    "trajectory.closed", "the trajectory's process has ended");
            withdrawOpenTasks(trajectoryId, participant.personId());
        });
    }

    /**
     * Someone who stepped back is asked nothing more: their open tasks (a review, a role agreement,
     * a seat, a vote, a conditions check) are withdrawn, so that the others' round goes on without
     * waiting for them. Each step counts the people still taking part; the domain records only the
     * role agreement as withdrawn (see {@link RoleAgreementService#withdrawUnsettled}). History keeps
     * each task with the local variable {@code withdrawn}, and a role agreement's instance ends
     * at its own end event with {@code roleWithdrawn}, never as accepted. A renegotiation the
     * coordinator still has to write for them is withdrawn first: it would only ask them again.
     */
    private void withdrawOpenTasks(TrajectoryId trajectoryId, PersonId person) {
        List<Task> renegotiations = taskService.createTaskQuery().processInstanceBusinessKey(trajectoryId.toString())
                .taskDefinitionKey(TrajectoryProcess.Activities.RENEGOTIATE_ROLE_AGREEMENT).list().stream()
                .filter(task -> person.toString().equals(
                        TaskVariables.of(taskService, task, TrajectoryProcess.VariableNames.AGREEMENT_HOLDER_ID)))
                .toList();
        for (Task task : renegotiations) {
            taskService.setVariableLocal(task.getId(), WITHDRAWN, true);
            taskService.complete(task.getId());
        }
        List<Task> open = taskService.createTaskQuery().processInstanceBusinessKey(trajectoryId.toString())
                .taskAssignee(person.toString()).list();
        for (Task task : open) {
            taskService.setVariableLocal(task.getId(), WITHDRAWN, true);
            Map<String, Object> routing = TrajectoryProcess.Activities.RESPOND_TO_ROLE_AGREEMENT.equals(task.getTaskDefinitionKey())
                    ? Map.of(TrajectoryProcess.VariableNames.ROLE_ACCEPTED, false, TrajectoryProcess.VariableNames.ROLE_WITHDRAWN, true)
                    : Map.of();
            taskService.complete(task.getId(), routing);
        }
    }

    @SuppressWarnings("unchecked")
    private <T extends TaskOutcome> OutcomeHandler<T> handlerFor(WorkflowTask task, T outcome) {
        OutcomeHandler<?> handler = handlers.get(task.formKey());
        if (handler == null) {
            throw new IllegalStateException("no outcome handler for form key " + task.formKey());
        }
        if (outcome == null || !handler.outcomeType().isInstance(outcome)) {
            throw new RuleViolationException("outcome", "outcome.wrong-type", "task " + task.definitionKey()
                    + " expects a " + handler.outcomeType().getSimpleName());
        }
        return (OutcomeHandler<T>) handler;
    }

    /** A task on a colleague's name is theirs to finish or give back. */
    private void refuseWhenClaimedByAColleague(WorkflowTask task, PersonId person) {
        if (task.assignee() != null && !task.assignee().equals(person)) {
            String holder = people.findById(task.assignee()).map(Person::displayName).orElse(null);
            throw new TaskConflictException(TaskConflictException.Reason.CLAIMED_BY_COLLEAGUE, holder,
                    "task " + task.id() + " is being worked on by " + (holder == null ? "a colleague" : holder), null);
        }
    }

    /**
     * A task the person may see. One that is gone is a conflict only for a person in whose scope it
     * was while open (assigned to them, or offered to a group of theirs: completed by them, or by
     * someone else), and not found for anyone else, exactly as a task that never existed.
     */
    private WorkflowTask visibleTask(String taskId, PersonId person) {
        return visibleTasks.find(taskId, person).orElseThrow(() -> gone(taskId, person));
    }

    /** A task the person may see, locked for the action they take on it (see {@link VisibleTasks#lockForAction}). */
    private WorkflowTask taskToActOn(String taskId, PersonId person) {
        return visibleTasks.lockForAction(taskId, person).orElseThrow(() -> gone(taskId, person));
    }

    private RuntimeException gone(String taskId, PersonId person) {
        return visibleTasks.completed(taskId, person)
                .<RuntimeException>map(done -> person.toString().equals(done.completedBy())
                        ? new TaskConflictException(TaskConflictException.Reason.COMPLETED_BY_YOU,
                                "you already completed task " + taskId)
                        : new TaskConflictException(TaskConflictException.Reason.COMPLETED_BY_SOMEONE_ELSE,
                                "task " + taskId + " was already completed by someone else"))
                .orElseGet(() -> new NotFoundException("task", taskId));
    }
}
