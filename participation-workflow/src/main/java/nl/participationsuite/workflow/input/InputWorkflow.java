package nl.participationsuite.workflow.input;

import java.util.Date;
import java.util.Map;

import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.workflow.TrajectoryProcess.Messages;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receiving a resident's input from outside a task: the input is stored and the professionals get a
 * task to answer it by its due date, in one transaction.
 */
@Service
public class InputWorkflow {

    private final InputService inputs;

    private final RuntimeService runtimeService;

    InputWorkflow(InputService inputs, RuntimeService runtimeService) {
        this.inputs = inputs;
        this.runtimeService = runtimeService;
    }

    /**
     * Records the input, due one response time after it was received, and asks the trajectory's
     * professionals to respond: in every phase, since residents give input whenever they have it.
     * Refused (nothing stored) when the domain refuses it, e.g. on a closed trajectory.
     */
    @Transactional
    public ResidentInput receive(ReceiveInput input) {
        ResidentInput received = inputs.receive(input);
        try {
            runtimeService.createMessageCorrelation(Messages.INPUT_RECEIVED)
                    .processInstanceBusinessKey(received.trajectoryId().toString())
                    .setVariablesToTriggeredScope(Map.of(
                            VariableNames.INPUT_ID, received.id().toString(),
                            VariableNames.INPUT_DUE_DATE, Date.from(received.dueAt())))
                    .correlate();
        }
        catch (MismatchingMessageCorrelationException ex) {
            throw new RuleViolationException("trajectoryId", "trajectory.closed",
                    "the trajectory's process has ended; no input can be answered through it");
        }
        return received;
    }
}
