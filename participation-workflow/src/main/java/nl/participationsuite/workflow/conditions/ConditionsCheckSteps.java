package nl.participationsuite.workflow.conditions;

import java.util.Map;

import nl.participationsuite.domain.conditions.AnswerConditions;
import nl.participationsuite.domain.conditions.ConditionsCheckId;
import nl.participationsuite.domain.conditions.ConditionsService;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.Executions;
import nl.participationsuite.workflow.tasks.OutcomeHandler;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every 91 days a round opens and everyone still taking part scores the ten conditions. */
@Configuration(proxyBeanMethods = false)
class ConditionsCheckSteps {

    static final String CONDITIONS_CHECK_ID = TrajectoryProcess.VariableNames.CONDITIONS_CHECK_ID;

    /** Opens the round (its id stays with this check's instance) and lists who answers it. */
    @Bean("openConditionsCheck")
    JavaDelegate openConditionsCheck(ConditionsService conditions, TrajectoryService trajectories) {
        return execution -> {
            Trajectory trajectory = trajectories.get(Executions.trajectoryId(execution));
            execution.setVariableLocal(CONDITIONS_CHECK_ID, conditions.openRound(trajectory.id()).id().toString());
            Executions.setCollection(execution, VariableNames.PARTICIPANT_PERSON_IDS,
                    trajectory.activeParticipants().stream().map(participant -> participant.personId().toString()).toList());
        };
    }

    @Bean
    OutcomeHandler<ConditionsCheckOutcome> conditionsCheckHandler(ConditionsService conditions,
            TrajectoryService trajectories) {
        return OutcomeHandler.of(FormKeys.CONDITIONS_CHECK, ConditionsCheckOutcome.class, (task, outcome) -> {
            Participant participant = trajectories.get(task.trajectoryId()).participantOf(task.actor())
                    .orElseThrow(() -> new RuleViolationException("participantId", "participant.unknown",
                            "only a participant answers the conditions check"));
            conditions.answer(ConditionsCheckId.of(task.variable(CONDITIONS_CHECK_ID)),
                    new AnswerConditions(participant.id(), outcome.answers()));
            return Map.of();
        });
    }
}
