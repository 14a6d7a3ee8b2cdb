package nl.participationsuite.web.taskforms;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import nl.participationsuite.workflow.tasks.TaskContext;

/**
 * A task form whose record checks itself and names its outcome ({@link TaskForm}): the form's
 * annotations, then its own checks, then the task completed with its outcome, or the page again
 * with what is wrong. A kind of this sort is declared by its constructor alone: form key, address,
 * record, template, the empty form, what the page shows besides it, and, for a resident's task, its
 * portal page.
 *
 * @param <F> the form record
 */
public abstract class SimpleTaskFormKind<F extends TaskForm> implements TaskFormKind<F> {

    private final String formKey;

    private final String path;

    private final Class<F> formType;

    private final String view;

    private final Supplier<F> empty;

    private final BiConsumer<TaskContext, Model> context;

    private final PortalView portal;

    /** A form of the workspace only. */
    protected SimpleTaskFormKind(String formKey, String path, Class<F> formType, String view, Supplier<F> empty,
            BiConsumer<TaskContext, Model> context) {
        this(formKey, path, formType, view, empty, context, null);
    }

    /** A form of the workspace that residents do in the portal too, on a page with {@code portal}'s fields. */
    protected SimpleTaskFormKind(String formKey, String path, Class<F> formType, String view, Supplier<F> empty,
            BiConsumer<TaskContext, Model> context, PortalView portal) {
        this.formKey = formKey;
        this.path = path;
        this.formType = formType;
        this.view = view;
        this.empty = empty;
        this.context = context;
        this.portal = portal;
    }

    @Override
    public final String formKey() {
        return formKey;
    }

    @Override
    public final String path() {
        return path;
    }

    @Override
    public final Class<F> formType() {
        return formType;
    }

    @Override
    public final String view() {
        return view;
    }

    @Override
    public final PortalView portal() {
        return portal;
    }

    @Override
    public F initial(TaskContext task) {
        return empty.get();
    }

    @Override
    public void addContext(TaskContext task, Model model) {
        context.accept(task, model);
    }

    @Override
    public TaskStep decide(TaskContext task, F form, String action, BindingResult errors, Model model) {
        form.check(errors);
        return errors.hasErrors() ? TaskStep.show() : TaskStep.complete(form.toOutcome());
    }

    @Override
    public String toString() {
        return "task form " + formKey + " at " + path;
    }
}
