package nl.participationsuite.workflow.tasks;

import java.util.Map;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Sends a message to a trajectory's process, the way every message of the trajectory process is
 * sent: by business key, with its variables kept to the scope the message starts (several rounds,
 * inputs or step-backs may run at once). Runs in the caller's transaction.
 */
@Component
public class ProcessMessages {

    private final RuntimeService runtimeService;

    ProcessMessages(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * Sends the message; when the process is not at a point that takes it, refuses with a rule
     * violation on {@code trajectoryId} with the given code and explanation (the caller's
     * transaction then stores nothing).
     */
    public void send(TrajectoryId trajectory, String message, Map<String, Object> variables, String refusalCode,
            String refusal) {
        try {
            runtimeService.createMessageCorrelation(message)
                    .processInstanceBusinessKey(trajectory.toString())
                    .setVariablesToTriggeredScope(variables)
                    .correlate();
        }
        catch (MismatchingMessageCorrelationException ex) {
            throw new RuleViolationException("trajectoryId", refusalCode, refusal);
        }
    }
}
