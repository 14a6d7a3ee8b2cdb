package nl.participationsuite.workflow.trajectory;

import nl.participationsuite.domain.shared.Texts;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.tasks.UserActions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * The coordinator closes a trajectory before its process reaches the end: the process stops (its
 * open tasks end, history keeps the reason) and the trajectory closes with the reason, in one
 * transaction. Its
 * records stay; a closed trajectory takes no new input or changes.
 */
@Service
public class TrajectoryClosure {

    /** Longest reason kept with the trajectory and the ended process. */
    public static final int MAX_REASON = Trajectory.MAX_CLOSED_EARLY_REASON;

    private final TrajectoryService trajectoryService;

    private final RuntimeService runtimeService;

    private final UserActions actions;

    TrajectoryClosure(TrajectoryService trajectoryService, RuntimeService runtimeService, UserActions actions) {
        this.trajectoryService = trajectoryService;
        this.runtimeService = runtimeService;
        this.actions = actions;
    }

    /**
     * Closes the trajectory now, for the reason given. Refused for anyone but its coordinator
     * (not found outside their scope), without a reason, and for a trajectory already closed.
     */
    public void closeEarly(TrajectoryId trajectoryId, PersonId coordinator, String reason) {
        actions.run(() -> {
            Trajectory trajectory = trajectoryService.coordinatedBy(trajectoryId, coordinator);
            trajectory.requireOpen();
            String validReason = Texts.required("reason", reason, MAX_REASON);
            for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(trajectoryId.toString()).list()) {
                runtimeService.deleteProcessInstance(instance.getId(), validReason);
            }
            trajectoryService.closeEarly(trajectoryId, validReason);
        });
    }
}
