package nl.participationsuite.workflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * A task completed by someone else between a query and the read of its variable is a lost race that
 * the action tries again, never a 500 (seen in the start-up benchmark's warm-up: two professionals
 * answering two inputs of one trajectory at the same moment).
 */
class TaskVariablesTests {

    private final TaskService taskService = mock(TaskService.class);

    private final Task task = mock(Task.class);

    @Test
    void readsTheVariableOfATaskThatIsStillOpen() {
        when(task.getId()).thenReturn("t1");
        when(taskService.getVariable("t1", "inputId")).thenReturn("i1");

        assertThat(TaskVariables.of(taskService, task, "inputId")).isEqualTo("i1");
    }

    @Test
    void aTaskWhoseExecutionEndedMeanwhileIsARaceTheActionTriesAgain() {
        when(task.getId()).thenReturn("t1");
        // What the engine does when the task's row is still read but its execution was removed by a commit.
        when(taskService.getVariable("t1", "inputId")).thenThrow(new NullPointerException("execution is null"));

        assertThatThrownBy(() -> TaskVariables.of(taskService, task, "inputId"))
                .isInstanceOf(OptimisticLockingException.class)
                .hasMessageContaining("t1")
                .satisfies(race -> assertThat(UserActions.lostARace(race)).isTrue());
    }
}
