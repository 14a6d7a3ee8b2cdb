package nl.participationsuite.web.workspace.tasks;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;

/** A task's own address leads to the form of its kind; a task the person may not see is not found. */
@Controller
class TaskRouteController {

    private final TrajectoryWorkflow workflow;

    private final CurrentPerson currentPerson;

    TaskRouteController(TrajectoryWorkflow workflow, CurrentPerson currentPerson) {
        this.workflow = workflow;
        this.currentPerson = currentPerson;
    }

    @GetMapping(TaskFormPaths.TASKS + "/{taskId}")
    String open(@PathVariable String taskId) {
        return "redirect:" + TaskFormPaths.formOf(workflow.task(taskId, currentPerson.get().id()));
    }
}
