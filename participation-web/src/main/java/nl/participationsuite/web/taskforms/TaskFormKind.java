package nl.participationsuite.web.taskforms;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import nl.participationsuite.workflow.tasks.TaskContext;

/**
 * One kind of task form, declared once: the task it completes (its form key), the last part of its
 * address ({@code /werkruimte/taken/{taskId}/<path>}, in the portal {@code /portaal/taken/{taskId}/<path>}),
 * the record the form binds to, the workspace's template, what the page shows besides the form, and
 * what a posted form leads to. Every kind is a bean; one controller per channel serves them all
 * ({@link TaskFormKinds} finds a kind by path or form key, {@link TaskFormFlow} runs a post), and the
 * outcome it completes with is the record the process expects for the form key.
 *
 * @param <F> the form record
 */
public interface TaskFormKind<F> {

    /** The process's form key of the tasks this form completes. */
    String formKey();

    /** The form's name in its address: Dutch, lower case, words joined by hyphens. */
    String path();

    Class<F> formType();

    /** The workspace's template of the page. */
    String view();

    /** How the portal shows this form to a resident, or null where residents do not do it in the portal. */
    default PortalView portal() {
        return null;
    }

    /** The form as the page first shows it. */
    F initial(TaskContext task);

    /** What the page shows besides the form: the context of the task, the choices the form offers. */
    void addContext(TaskContext task, Model model);

    /**
     * An action that only changes the form and stores nothing ("one more row"): the form to show.
     * Null (the default) for a post that is to be checked.
     */
    default F change(TaskContext task, F posted, String action) {
        return null;
    }

    /**
     * The posted form as it is to be checked: rows in the order the page showed them, rows left
     * empty left out, so that an error's row is the row shown and the row the domain speaks of. The
     * form as posted by default. {@code posted} is never null: a value that could not be converted
     * is null in it and its error is known.
     */
    default F prepare(TaskContext task, F posted) {
        return posted;
    }

    /**
     * The form's own checks, after its annotations (whose errors {@code errors} already holds), and
     * what follows: completing the task with an outcome, the page again, or the page afresh.
     * {@code model} takes what the page shows of the check itself (the seat rules' verdict).
     */
    TaskStep decide(TaskContext task, F form, String action, BindingResult errors, Model model);

    /** The checked form as the page shows it again (with its empty rows back, say). As checked by default. */
    default F shown(F checked) {
        return checked;
    }

    /**
     * The portal's page of the form: the fields fragment it shares with the workspace
     * ({@code tasks/<fields>-fields}) and the prefix of its message keys.
     */
    record PortalView(String fields, String messageKeys) {
    }
}
