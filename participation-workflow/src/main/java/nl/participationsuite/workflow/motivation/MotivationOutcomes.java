package nl.participationsuite.workflow.motivation;

import java.util.Map;

import nl.participationsuite.domain.motivation.MotivationService;
import nl.participationsuite.domain.motivation.ProfileSource;
import nl.participationsuite.domain.motivation.RecordMotivation;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.OutcomeHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MotivationOutcomes {

    /** Records the conversation's profile for the resident the task is about, by the professional who held it. */
    @Bean
    OutcomeHandler<MotivationOutcome> motivationHandler(MotivationService motivations) {
        return OutcomeHandler.of(FormKeys.MOTIVATION, MotivationOutcome.class, (task, outcome) -> {
            ParticipantId resident = ParticipantId.of(task.variable(VariableNames.RESIDENT_PARTICIPANT_ID));
            motivations.record(task.trajectoryId(), new RecordMotivation(resident, outcome.energySources(),
                    outcome.hoursPerMonth(), outcome.involvementKinds(), outcome.preferredTimes(),
                    outcome.supportNeeds(), ProfileSource.CONVERSATION, task.actor()));
            return Map.of();
        });
    }
}
