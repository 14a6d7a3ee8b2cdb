package nl.participationsuite.workflow.success;

import java.util.Map;

import nl.participationsuite.domain.success.RegisterSuccess;
import nl.participationsuite.domain.success.Success;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.workflow.TrajectoryProcess.Messages;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.ProcessMessages;
import nl.participationsuite.workflow.tasks.UserActions;
import org.springframework.stereotype.Service;

/**
 * Registering a success from outside a task: the success is stored and the professionals get a task
 * to make it visible to the residents, in one transaction.
 */
@Service
public class SuccessWorkflow {

    private final SuccessService successes;

    private final ProcessMessages messages;

    private final UserActions actions;

    SuccessWorkflow(SuccessService successes, ProcessMessages messages, UserActions actions) {
        this.successes = successes;
        this.messages = messages;
        this.actions = actions;
    }

    /**
     * Registers the success in the trajectory's current cycle. Refused (nothing stored) when the
     * domain refuses it, or when the trajectory is not working together, the only time the process
     * makes successes visible.
     */
    public Success register(RegisterSuccess success) {
        return actions.run(() -> {
            Success registered = successes.register(success);
            messages.send(registered.trajectoryId(), Messages.SUCCESS_REGISTERED,
                    Map.of(VariableNames.SUCCESS_ID, registered.id().toString()),
                    "trajectory.not-working-together", "successes are registered while the trajectory is working together");
            return registered;
        });
    }
}
