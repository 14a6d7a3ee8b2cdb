package nl.participationsuite.workflow.seats;

import java.util.Date;
import java.util.Map;

import nl.participationsuite.domain.seats.DecisionRound;
import nl.participationsuite.domain.seats.DecisionRoundService;
import nl.participationsuite.domain.seats.OpenRound;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.workflow.TrajectoryProcess.Messages;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening a decision round from outside a task: the round is stored and every seat holder gets a
 * vote task until its deadline, in one transaction.
 */
@Service
public class DecisionRoundWorkflow {

    private final DecisionRoundService rounds;

    private final RuntimeService runtimeService;

    DecisionRoundWorkflow(DecisionRoundService rounds, RuntimeService runtimeService) {
        this.rounds = rounds;
        this.runtimeService = runtimeService;
    }

    /**
     * Puts a proposal to the trajectory's steering group. Refused (nothing stored) when the domain
     * refuses the round, or when the trajectory is not working together, the only time rounds run.
     */
    @Transactional
    public DecisionRound open(TrajectoryId trajectoryId, OpenRound round) {
        DecisionRound opened = rounds.open(trajectoryId, round);
        try {
            runtimeService.createMessageCorrelation(Messages.DECISION_ROUND_OPENED)
                    .processInstanceBusinessKey(trajectoryId.toString())
                    .setVariablesToTriggeredScope(Map.of(
                            VariableNames.DECISION_ROUND_ID, opened.id().toString(),
                            VariableNames.ROUND_DEADLINE, Date.from(opened.deadline())))
                    .correlate();
        }
        catch (MismatchingMessageCorrelationException ex) {
            throw new RuleViolationException("trajectoryId", "trajectory.not-working-together",
                    "decision rounds are opened while the trajectory is working together");
        }
        return opened;
    }
}
