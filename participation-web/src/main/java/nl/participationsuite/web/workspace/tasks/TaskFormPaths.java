package nl.participationsuite.web.workspace.tasks;

import nl.participationsuite.web.workspace.WorkspaceController;

/**
 * Where tasks are done in the workspace: {@code /werkruimte/taken/{taskId}/{form}}, the form's name
 * as its kind declares it ({@link nl.participationsuite.web.taskforms.TaskFormKind#path}). A task's
 * own address ({@code /werkruimte/taken/{taskId}}) leads to its form, so that links never need to
 * know the kind.
 */
public final class TaskFormPaths {

    public static final String TASKS = WorkspaceController.PATH + "/taken";

    private TaskFormPaths() {
    }

    /** The task's own address, which leads to its form. */
    public static String of(String taskId) {
        return TASKS + "/" + taskId;
    }
}
