package nl.participationsuite.web.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.web.taskforms.TaskFormKind;
import nl.participationsuite.web.taskforms.TaskFormKinds;
import nl.participationsuite.web.taskforms.VoteContext.TimeLeft;
import nl.participationsuite.workflow.tasks.TaskConflictException;
import nl.participationsuite.workflow.tasks.TaskContext;
import nl.participationsuite.workflow.tasks.TaskOutcome;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;

/**
 * The portal's side of a task form, as the workspace's {@code TaskPages} but for residents: only a
 * task on the resident's own name and of one of the five personal kinds opens here (any other is
 * not found), and completing it leads back to the portal's home with a notice.
 */
@Component
class PortalTaskPages {

    static final String PAGE = "page";

    static final String TASKS = PortalController.PATH + "/taken";

    /** The bundles' prefix of what happened to a task the resident answered ({@link Notice#conflict}). */
    static final String CONFLICT = "portal.task.conflict";

    private final TrajectoryWorkflow workflow;

    private final TrajectoryService trajectories;

    private final CurrentPerson currentPerson;

    private final Clock clock;

    private final TaskFormKinds kinds;

    PortalTaskPages(TrajectoryWorkflow workflow, TrajectoryService trajectories, CurrentPerson currentPerson,
            Clock clock, TaskFormKinds kinds) {
        this.workflow = workflow;
        this.trajectories = trajectories;
        this.currentPerson = currentPerson;
        this.clock = clock;
        this.kinds = kinds;
    }

    /** The header of a portal task form: the task, its trajectory, and its deadline with the time left (null for none). */
    record PortalTaskPage(String taskId, String definitionKey, String name, UUID trajectoryId, String trajectoryTitle,
            Instant due, TimeLeft left, boolean overdue, String formPath) {
    }

    /** Whether residents do tasks of this form key in the portal. */
    boolean inPortal(String formKey) {
        return kinds.inPortal(formKey);
    }

    /** Where a portal task is done. */
    String formPath(WorkflowTask task) {
        return TASKS + "/" + task.id() + "/" + kinds.byFormKey(task.formKey()).path();
    }

    /** The kind, when residents do it in the portal; else the task is not found here. */
    TaskFormKind<?> portalKind(TaskFormKind<?> kind, String taskId) {
        if (kind.portal() == null) {
            throw new NotFoundException("task", taskId);
        }
        return kind;
    }

    /** The signed-in resident's own task of a portal kind; any other answers as not found. */
    WorkflowTask mine(String taskId) {
        PersonId me = currentPerson.get().id();
        WorkflowTask task = workflow.task(taskId, me);
        if (!me.equals(task.assignee()) || !kinds.inPortal(task.formKey())) {
            throw new NotFoundException("task", taskId);
        }
        return task;
    }

    /** Opens the resident's task of this form key and puts its header in the model. */
    TaskContext open(String taskId, String formKey, Model model) {
        WorkflowTask task = mine(taskId);
        if (!formKey.equals(task.formKey())) {
            throw new NotFoundException("task", taskId);
        }
        Trajectory trajectory = trajectories.visibleTo(task.trajectoryId(), task.assignee());
        Instant now = clock.instant();
        Instant due = task.due();
        model.addAttribute(PAGE, new PortalTaskPage(task.id(), task.definitionKey(), task.name(),
                trajectory.id().value(), trajectory.title(), due, due == null ? null : TimeLeft.until(due, now),
                task.isOverdue(now), formPath(task)));
        return workflow.context(taskId, task.assignee());
    }

    /**
     * Completes the task with the outcome. Answers the redirect to the portal's home, or null when
     * the outcome broke a rule: {@code refused} then puts the rule on the form.
     */
    String complete(TaskContext task, TaskOutcome outcome, Consumer<RuleViolationException> refused,
            RedirectAttributes redirect) {
        try {
            workflow.complete(task.taskId(), task.actor(), outcome);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("portal.task.notice.completed"));
        }
        catch (TaskConflictException ex) {
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.conflict(CONFLICT, ex));
        }
        catch (RuleViolationException ex) {
            refused.accept(ex);
            return null;
        }
        return "redirect:" + PortalController.PATH;
    }
}
