package nl.participationsuite.web.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.web.taskforms.PostedTaskForm;
import nl.participationsuite.web.taskforms.TaskFormFlow;
import nl.participationsuite.web.taskforms.TaskFormKind;
import nl.participationsuite.web.taskforms.TaskFormKinds;
import nl.participationsuite.workflow.tasks.TaskContext;

/**
 * The tasks a resident does in the portal, whatever their kind: every task form whose kind has a
 * portal page ({@link TaskFormKind#portal}), on one short page ({@code portal/task}) with the fields
 * fragment the workspace's page uses too. A task that is not the resident's own, or of a kind the
 * portal does not offer, is not found.
 */
@Controller
@RequestMapping(PortalTaskPages.TASKS + "/{taskId}")
class PortalTaskController {

    static final String VIEW = "portal/task";

    private final PortalTaskPages pages;

    private final TaskFormKinds kinds;

    private final TaskFormFlow flow;

    PortalTaskController(PortalTaskPages pages, TaskFormKinds kinds, TaskFormFlow flow) {
        this.pages = pages;
        this.kinds = kinds;
        this.flow = flow;
    }

    /** A task's own address leads to its form; a task that is not the resident's own is not found. */
    @GetMapping
    String open(@PathVariable String taskId) {
        return "redirect:" + pages.formPath(pages.mine(taskId));
    }

    @GetMapping("/{form}")
    String show(@PathVariable String taskId, @PathVariable String form, Model model) {
        TaskFormKind<?> kind = pages.portalKind(kinds.byPath(form), taskId);
        TaskContext task = pages.open(taskId, kind.formKey(), model);
        flow.showInitial(kind, task, model);
        return page(kind, task, model);
    }

    @PostMapping("/{form}")
    String complete(@PathVariable String taskId, PostedTaskForm posted, Model model, RedirectAttributes redirect) {
        TaskFormKind<?> kind = pages.portalKind(posted.kind(), taskId);
        TaskContext task = pages.open(taskId, kind.formKey(), model);
        String next = flow.post(task, posted, null, model, redirect, pages::complete,
                PortalTaskPages.TASKS + "/" + taskId + "/" + kind.path());
        return next != null ? next : page(kind, task, model);
    }

    /** The portal page with the kind's fields fragment {@code tasks/<fields>-fields} and its message keys. */
    private static String page(TaskFormKind<?> kind, TaskContext task, Model model) {
        kind.addContext(task, model);
        model.addAttribute("fields", "tasks/" + kind.portal().fields() + "-fields");
        model.addAttribute("keys", kind.portal().messageKeys());
        return VIEW;
    }
}
