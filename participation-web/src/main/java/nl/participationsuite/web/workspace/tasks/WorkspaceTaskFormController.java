package nl.participationsuite.web.workspace.tasks;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.web.taskforms.PostedTaskForm;
import nl.participationsuite.web.taskforms.TaskFormFlow;
import nl.participationsuite.web.taskforms.TaskFormKind;
import nl.participationsuite.web.taskforms.TaskFormKinds;
import nl.participationsuite.workflow.tasks.TaskContext;

/**
 * Every task form of the workspace, whatever its kind ({@link TaskFormKinds}): the form with the
 * task's header and context, and its post, after which the task is completed and the person is back
 * in the inbox with a notice, or the form is shown again with what is wrong. A task the person may
 * not see, or of another kind than the address's form, is not found; a task's own address leads to
 * its form.
 */
@Controller
class WorkspaceTaskFormController {

    private final TaskPages pages;

    private final TaskFormKinds kinds;

    private final TaskFormFlow flow;

    WorkspaceTaskFormController(TaskPages pages, TaskFormKinds kinds, TaskFormFlow flow) {
        this.pages = pages;
        this.kinds = kinds;
        this.flow = flow;
    }

    @GetMapping(TaskFormPaths.TASKS + "/{taskId}")
    String open(@PathVariable String taskId) {
        return "redirect:" + pages.formPath(taskId);
    }

    @GetMapping(TaskFormPaths.TASKS + "/{taskId}/{form}")
    String show(@PathVariable String taskId, @PathVariable String form, Model model, Locale locale) {
        TaskFormKind<?> kind = kinds.byPath(form);
        TaskContext task = pages.open(taskId, kind.formKey(), model, locale);
        flow.showInitial(kind, task, model);
        return page(kind, task, model);
    }

    /** {@code action} names a button that only changes the form ("one more row") or checks without storing. */
    @PostMapping(TaskFormPaths.TASKS + "/{taskId}/{form}")
    String complete(@PathVariable String taskId, PostedTaskForm posted,
            @RequestParam(name = "action", required = false) String action, Model model, Locale locale,
            RedirectAttributes redirect) {
        TaskFormKind<?> kind = posted.kind();
        TaskContext task = pages.open(taskId, kind.formKey(), model, locale);
        String next = flow.post(task, posted, action, model, redirect, pages::complete,
                TaskFormPaths.of(taskId) + "/" + kind.path());
        return next != null ? next : page(kind, task, model);
    }

    private static String page(TaskFormKind<?> kind, TaskContext task, Model model) {
        kind.addContext(task, model);
        return kind.view();
    }
}
