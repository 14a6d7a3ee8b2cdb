package nl.participationsuite.workflow.tasks;

import java.util.List;

/**
 * One page of a person's tasks, oldest first, and how many there are in all.
 *
 * @param offset how many tasks come before this page
 * @param limit the page size asked for
 */
public record TaskPage(List<WorkflowTask> tasks, long total, int offset, int limit) {

    public TaskPage {
        tasks = List.copyOf(tasks);
    }
}
