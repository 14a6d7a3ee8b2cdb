package nl.participationsuite.workflow.tasks;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Reads a variable of a task found by a query a moment before, while other people act in the same
 * trajectory. Between the query and the read another transaction may complete that task and commit:
 * the engine then reads the task's row but no longer its execution, and fails with a
 * {@link NullPointerException} (7.24, {@code GetTaskVariableCmd}) instead of saying the task is gone.
 * That is a lost race, not an error: it is reported as the engine's {@link OptimisticLockingException},
 * so that {@link UserActions} tries the whole action again on fresh data (and the job executor retries a
 * job without using up its retries).
 */
public final class TaskVariables {

    private TaskVariables() {
    }

    /** The task's variable (from its own scope or an enclosing one), or a lost race when the task ended meanwhile. */
    public static Object of(TaskService taskService, Task task, String name) {
        try {
            return taskService.getVariable(task.getId(), name);
        }
        catch (NullPointerException ended) {
            OptimisticLockingException race = new OptimisticLockingException(
                    "task " + task.getId() + " ended while its variable " + name + " was read");
            race.initCause(ended);
            throw race;
        }
    }
}
