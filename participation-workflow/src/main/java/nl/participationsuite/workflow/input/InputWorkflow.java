package nl.participationsuite.workflow.input;

import java.util.Date;
import java.util.Map;

import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.workflow.TrajectoryProcess.Messages;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.ProcessMessages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receiving a resident's input from outside a task: the input is stored and the professionals get a
 * task to answer it by its due date, in one transaction.
 */
@Service
public class InputWorkflow {

    private final InputService inputs;

    private final ProcessMessages messages;

    InputWorkflow(InputService inputs, ProcessMessages messages) {
        this.inputs = inputs;
        this.messages = messages;
    }

    /**
     * Records the input, due one response time after it was received, and asks the trajectory's
     * professionals to respond: in every phase, since residents give input whenever they have it.
     * Refused (nothing stored) when the domain refuses it, e.g. on a closed trajectory.
     */
    @Transactional
    public ResidentInput receive(ReceiveInput input) {
        ResidentInput received = inputs.receive(input);
        messages.send(received.trajectoryId(), Messages.INPUT_RECEIVED, Map.of(
                        VariableNames.INPUT_ID, received.id().toString(),
                        VariableNames.INPUT_DUE_DATE, Date.from(received.dueAt())),
                "trajectory.closed", "the trajectory's process has ended; no input can be answered through it");
        return received;
    }
}
