package nl.participationsuite.web.workspace;

import nl.participationsuite.web.forms.Notice;

import java.util.Locale;
import java.util.UUID;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.workflow.tasks.TaskConflictException;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workspace of professionals and coordinators: their task inbox, and taking a group task or
 * giving it back. Actions answer with a redirect to the inbox and a notice, so that reloading the
 * page never repeats them; someone else being quicker is a notice too, not an error page.
 */
@Controller
@RequestMapping(WorkspaceController.PATH)
public class WorkspaceController {

    public static final String PATH = "/werkruimte";

    static final String INBOX_VIEW = "workspace/inbox";

    public static final String TRAJECTORY_PARAM = "traject";

    /** The filter's reference field, for a person who works in too many trajectories to list them. */
    static final String REFERENCE_PARAM = "referentie";

    static final String MINE_PAGE_PARAM = "paginaMijn";

    static final String OPEN_PAGE_PARAM = "paginaOpen";

    private final TrajectoryWorkflow workflow;

    private final CurrentPerson currentPerson;

    private final TaskInbox inbox;

    WorkspaceController(TrajectoryWorkflow workflow, CurrentPerson currentPerson, TaskInbox inbox) {
        this.workflow = workflow;
        this.currentPerson = currentPerson;
        this.inbox = inbox;
    }

    @GetMapping
    String inbox(@RequestParam(name = TRAJECTORY_PARAM, required = false) UUID trajectory,
            @RequestParam(name = REFERENCE_PARAM, required = false) String reference,
            @RequestParam(name = MINE_PAGE_PARAM, defaultValue = "1") int minePage,
            @RequestParam(name = OPEN_PAGE_PARAM, defaultValue = "1") int openPage, Locale locale, Model model) {
        model.addAttribute("inbox", inbox.of(me(), trajectory, reference, minePage, openPage, locale));
        return INBOX_VIEW;
    }

    @PostMapping("/taken/{taskId}/oppakken")
    String claim(@PathVariable String taskId, @RequestParam(name = TRAJECTORY_PARAM, required = false) UUID trajectory,
            RedirectAttributes redirect) {
        PersonId me = me();
        try {
            workflow.claim(taskId, me);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("workspace.notice.claimed"));
        }
        catch (TaskConflictException ex) {
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.conflict(WorkspaceExceptionHandler.TASK_CONFLICT, ex));
        }
        return backToInbox(trajectory, redirect);
    }

    @PostMapping("/taken/{taskId}/teruggeven")
    String release(@PathVariable String taskId, @RequestParam(name = TRAJECTORY_PARAM, required = false) UUID trajectory,
            RedirectAttributes redirect) {
        PersonId me = me();
        try {
            workflow.release(taskId, me);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("workspace.notice.released"));
        }
        catch (TaskConflictException ex) {
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.conflict(WorkspaceExceptionHandler.TASK_CONFLICT, ex));
        }
        catch (RuleViolationException ex) {
            // The only refusal of a release: the task was never a group task, or is not on this person's name.
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.problem("workspace.notice.not-releasable"));
        }
        return backToInbox(trajectory, redirect);
    }

    /** Back to the inbox, with the trajectory filter the action was taken under. */
    private static String backToInbox(UUID trajectory, RedirectAttributes redirect) {
        if (trajectory != null) {
            redirect.addAttribute(TRAJECTORY_PARAM, trajectory);
        }
        return "redirect:" + PATH;
    }

    private PersonId me() {
        return currentPerson.get().id();
    }
}
