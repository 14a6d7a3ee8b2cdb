package nl.participationsuite.web.workspace.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.taskforms.TaskFormKinds;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.web.workspace.WorkspaceController;
import nl.participationsuite.web.workspace.WorkspaceExceptionHandler;
import nl.participationsuite.workflow.tasks.TaskConflictException;
import nl.participationsuite.workflow.tasks.TaskContext;
import nl.participationsuite.workflow.tasks.TaskOutcome;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;

/**
 * What every task form does the same way: open the task for the person (a task they may not see,
 * or of another kind than the form, is not found), show which trajectory it belongs to and by when
 * it is due, and complete it with the typed outcome. A completed task leads back to the inbox with
 * a notice; a rule the outcome breaks becomes an error on the form with nothing stored; someone
 * else having done the task first is a notice too, not an error page.
 */
@Component
public class TaskPages {

    /** The model attribute with the task's header ({@link TaskPage}). */
    public static final String PAGE = "page";

    private final TrajectoryWorkflow workflow;

    private final TrajectoryService trajectories;

    private final CurrentPerson currentPerson;

    private final MessageSource messages;

    private final Clock clock;

    private final TaskFormKinds kinds;

    TaskPages(TrajectoryWorkflow workflow, TrajectoryService trajectories, CurrentPerson currentPerson,
            MessageSource messages, Clock clock, TaskFormKinds kinds) {
        this.workflow = workflow;
        this.trajectories = trajectories;
        this.currentPerson = currentPerson;
        this.messages = messages;
        this.clock = clock;
        this.kinds = kinds;
    }

    /** The address of the form of a task the signed-in person may see. */
    public String formPath(String taskId) {
        return formPath(workflow.task(taskId, currentPerson.get().id()));
    }

    /** The address of the task's form. */
    String formPath(WorkflowTask task) {
        return TaskFormPaths.of(task.id()) + "/" + kinds.byFormKey(task.formKey()).path();
    }

    /**
     * Opens a task of the given form key for the signed-in person and puts its header in the model;
     * the context holds the variables the process gave the task.
     */
    public TaskContext open(String taskId, String formKey, Model model, Locale locale) {
        PersonId me = currentPerson.get().id();
        WorkflowTask task = workflow.task(taskId, me);
        if (!formKey.equals(task.formKey())) {
            throw new NotFoundException("task", taskId);
        }
        Trajectory trajectory = trajectories.visibleTo(task.trajectoryId(), me);
        DateTimeFormatter format = DateTimeFormatter
                .ofPattern(messages.getMessage("workspace.datetime.pattern", null, locale), locale)
                .withZone(clock.getZone());
        Instant due = task.due();
        model.addAttribute(PAGE, new TaskPage(task.id(), task.definitionKey(), task.name(), trajectory.id().value(),
                trajectory.reference(), trajectory.title(), format.format(task.created()), iso(task.created()),
                due == null ? null : format.format(due), due == null ? null : iso(due), task.isOverdue(clock.instant()),
                task.assignee() == null, formPath(task)));
        return workflow.context(taskId, me);
    }

    /**
     * Completes the task with the outcome. Answers the redirect to follow, or null when the outcome
     * broke a rule: {@code refused} then puts the rule on the form (on its field where the form has one).
     */
    public String complete(TaskContext task, TaskOutcome outcome, Consumer<RuleViolationException> refused,
            RedirectAttributes redirect) {
        try {
            workflow.complete(task.taskId(), task.actor(), outcome);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("task.notice.completed"));
        }
        catch (TaskConflictException ex) {
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.conflict(WorkspaceExceptionHandler.TASK_CONFLICT, ex));
        }
        catch (RuleViolationException ex) {
            refused.accept(ex);
            return null;
        }
        redirect.addAttribute(WorkspaceController.TRAJECTORY_PARAM, task.trajectoryId().value());
        return "redirect:" + WorkspaceController.PATH;
    }

    private String iso(Instant instant) {
        return ZonedDateTime.ofInstant(instant, clock.getZone()).toOffsetDateTime().toString();
    }

    /**
     * The header of a task form. {@code name} is the engine's name, shown only where the message
     * bundles have no label for {@code definitionKey}; {@code offeredToGroup} says that the task is
     * still open to the team (completing it takes it).
     */
    public record TaskPage(String taskId, String definitionKey, String name, UUID trajectoryId, String reference,
            String trajectoryTitle, String createdText, String createdIso, String dueText, String dueIso, boolean overdue,
            boolean offeredToGroup, String formPath) {
    }
}
