package nl.participationsuite.workflow.seats;

import java.util.Date;
import java.util.Map;

import nl.participationsuite.domain.seats.DecisionRound;
import nl.participationsuite.domain.seats.DecisionRoundService;
import nl.participationsuite.domain.seats.OpenRound;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.workflow.TrajectoryProcess.Messages;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.ProcessMessages;
import nl.participationsuite.workflow.tasks.UserActions;
import org.springframework.stereotype.Service;

/**
 * Opening a decision round from outside a task: the round is stored and every seat holder gets a
 * vote task until its deadline, in one transaction.
 */
@Service
public class DecisionRoundWorkflow {

    private final DecisionRoundService rounds;

    private final ProcessMessages messages;

    private final UserActions actions;

    DecisionRoundWorkflow(DecisionRoundService rounds, ProcessMessages messages, UserActions actions) {
        this.rounds = rounds;
        this.messages = messages;
        this.actions = actions;
    }

    /**
     * Puts a proposal to the trajectory's steering group. Refused (nothing stored) when the domain
     * refuses the round, or when the trajectory is not working together, the only time rounds run.
     */
    public DecisionRound open(TrajectoryId trajectoryId, OpenRound round) {
        return actions.run(() -> {
            DecisionRound opened = rounds.open(trajectoryId, round);
            messages.send(trajectoryId, Messages.DECISION_ROUND_OPENED, Map.of(
                            VariableNames.DECISION_ROUND_ID, opened.id().toString(),
                            VariableNames.ROUND_DEADLINE, Date.from(opened.deadline())),
                    "rounds.not-working-together", "decision rounds are opened while the trajectory is working together");
            return opened;
        });
    }
}
