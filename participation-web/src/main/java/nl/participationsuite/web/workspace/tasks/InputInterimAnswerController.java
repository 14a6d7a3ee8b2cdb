package nl.participationsuite.web.workspace.tasks;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.web.forms.Refusals;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.workspace.WorkspaceController;
import nl.participationsuite.web.workspace.WorkspaceExceptionHandler;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.input.InputWorkflow;
import nl.participationsuite.workflow.tasks.TaskConflictException;
import nl.participationsuite.workflow.tasks.TaskContext;

/**
 * Sends an interim answer from the input-response page ({@link InputResponseTaskForm}): what is
 * being done and when the answer comes. The task stays open, now due on the day the answer is
 * promised; back to the inbox with a notice, or the page with the refusal on its field.
 */
@Controller
class InputInterimAnswerController {

    private final TaskPages pages;

    private final InputResponseTaskForm responses;

    private final InputWorkflow inputWorkflow;

    private final CurrentPerson currentPerson;

    InputInterimAnswerController(TaskPages pages, InputResponseTaskForm responses, InputWorkflow inputWorkflow,
            CurrentPerson currentPerson) {
        this.pages = pages;
        this.responses = responses;
        this.inputWorkflow = inputWorkflow;
        this.currentPerson = currentPerson;
    }

    @PostMapping(TaskFormPaths.TASKS + "/{taskId}/inbreng-beantwoorden/tussenbericht")
    String interim(@PathVariable String taskId, @Valid @ModelAttribute("interim") InputResponseTaskForm.InterimForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, responses.formKey(), model, locale);
        if (!errors.hasErrors()) {
            try {
                inputWorkflow.giveInterimAnswer(task.trajectoryId(), InputId.of(task.variable(VariableNames.INPUT_ID)),
                        currentPerson.get().id(), form.interimAnswer(), form.expectedOn());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("task.input-response.interim.sent"));
                return backToInbox(task, redirect);
            }
            catch (TaskConflictException ex) {
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.conflict(WorkspaceExceptionHandler.TASK_CONFLICT, ex));
                return backToInbox(task, redirect);
            }
            catch (RuleViolationException ex) {
                Refusals.reject(errors, ex);
            }
        }
        model.addAttribute("form", responses.initial(task));
        responses.addContext(task, model);
        return responses.view();
    }

    private static String backToInbox(TaskContext task, RedirectAttributes redirect) {
        redirect.addAttribute(WorkspaceController.TRAJECTORY_PARAM, task.trajectoryId().value());
        return "redirect:" + WorkspaceController.PATH;
    }
}
