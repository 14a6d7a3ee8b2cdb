package nl.participationsuite.workflow.trajectory;

import nl.participationsuite.domain.trajectory.LeadershipHandover;
import nl.participationsuite.domain.trajectory.LeadershipRole;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.tasks.TaskGroups;
import nl.participationsuite.workflow.tasks.UserActions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The coordinator or contact person role of a trajectory goes to someone else, with a reason, in one
 * transaction with the engine's side. The coordinator's tasks are offered to the trajectory's
 * coordinator group, whose member is whoever {@code trajectory.coordinator_id} names (see
 * {@link TaskGroups}): open ones follow the new coordinator by themselves. A task the previous
 * coordinator had claimed goes back to the group, so that it does not stay on their name.
 */
@Service
public class LeadershipHandoverWorkflow {

    private final TrajectoryService trajectoryService;

    private final TaskService taskService;

    private final UserActions actions;

    LeadershipHandoverWorkflow(TrajectoryService trajectoryService, TaskService taskService, UserActions actions) {
        this.trajectoryService = trajectoryService;
        this.taskService = taskService;
        this.actions = actions;
    }

    /**
     * Hands the role over (see {@link TrajectoryService#handOver}); {@code coordinatorRole} is whether
     * the caller holds the coordinator realm role.
     */
    public LeadershipHandover handOver(TrajectoryId trajectoryId, PersonId by, boolean coordinatorRole,
            LeadershipRole role, PersonId to, String reason) {
        return actions.run(() -> {
            LeadershipHandover handover = trajectoryService.handOver(trajectoryId, by, coordinatorRole, role, to, reason);
            if (role == LeadershipRole.COORDINATOR) {
                for (Task claimed : taskService.createTaskQuery().processInstanceBusinessKey(trajectoryId.toString())
                        .taskCandidateGroup(TaskGroups.coordinatorGroup(trajectoryId)).includeAssignedTasks()
                        .taskAssignee(handover.from().toString()).list()) {
                    taskService.setAssignee(claimed.getId(), null);
                }
            }
            return handover;
        });
    }
}
