package nl.participationsuite.workflow.seats;

import java.util.List;
import java.util.Map;

import nl.participationsuite.domain.notification.NotificationService;
import nl.participationsuite.domain.seats.DecisionRound;
import nl.participationsuite.domain.seats.DecisionRoundId;
import nl.participationsuite.domain.seats.DecisionRoundService;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.Executions;
import nl.participationsuite.workflow.tasks.OutcomeHandler;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A decision round in the process: who votes, each vote, and closing the round when voting ended. */
@Configuration(proxyBeanMethods = false)
class DecisionRoundSteps {

    /**
     * The steering group's seat holders, by person id: each gets a vote task (and hears of it through
     * that task); the other residents taking part are told that the round was opened.
     */
    @Bean("listVoters")
    JavaDelegate listVoters(DecisionRoundService rounds, SteeringGroupService steeringGroups,
            TrajectoryService trajectories, NotificationService notifications) {
        return execution -> {
            DecisionRound round = rounds.get(roundId(execution));
            Trajectory trajectory = trajectories.get(round.trajectoryId());
            List<PersonId> voters = steeringGroups.get(round.trajectoryId()).holders().stream()
                    .map(holder -> trajectory.participant(holder).personId())
                    .toList();
            Executions.setCollection(execution, VariableNames.VOTER_IDS, voters.stream().map(PersonId::toString).toList());
            notifications.decisionRoundOpened(round, voters);
        };
    }

    /**
     * Every holder voted or the deadline passed: holders who did not vote are recorded absent, and the
     * outcome decided; the residents taking part are told.
     */
    @Bean("closeDecisionRound")
    JavaDelegate closeDecisionRound(DecisionRoundService rounds, NotificationService notifications) {
        return execution -> notifications.decisionRoundDecided(rounds.close(roundId(execution)));
    }

    /** The seat holder's vote; the domain refuses anyone without a seat, a second vote and a late one. */
    @Bean
    OutcomeHandler<VoteOutcome> voteHandler(DecisionRoundService rounds, TrajectoryService trajectories) {
        return OutcomeHandler.of(FormKeys.VOTE, VoteOutcome.class, (task, outcome) -> {
            rounds.vote(DecisionRoundId.of(task.variable(VariableNames.DECISION_ROUND_ID)),
                    trajectories.get(task.trajectoryId()).participantOf(task.actor()).map(Participant::id).orElse(null),
                    outcome.choice(), outcome.comment());
            return Map.of();
        });
    }

    /** The round of this decision-round instance (the message put it there). */
    private static DecisionRoundId roundId(VariableScope execution) {
        return DecisionRoundId.of(Executions.required(execution, VariableNames.DECISION_ROUND_ID));
    }
}
