package nl.participationsuite.workflow.involvement;

import java.util.Map;

import nl.participationsuite.domain.involvement.EarlyInvolvementStatus;
import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.notification.NotificationKind;
import nl.participationsuite.domain.notification.NotificationService;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.Executions;
import nl.participationsuite.workflow.tasks.OutcomeHandler;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gate before the vision phase: enough residents, through enough channels. */
@Configuration(proxyBeanMethods = false)
class EarlyInvolvementSteps {

    /** The facts the DMN {@code early-involvement-ready} decides on, with the trajectory's own thresholds. */
    @Bean("loadInvolvementStatus")
    JavaDelegate loadInvolvementStatus(InvolvementService involvement) {
        return execution -> {
            EarlyInvolvementStatus status = involvement.status(Executions.trajectoryId(execution));
            execution.setVariable(VariableNames.INVOLVED_RESIDENTS, status.involvedResidents());
            execution.setVariable(VariableNames.RECRUITMENT_CHANNELS, status.distinctChannels());
            execution.setVariable(VariableNames.MINIMUM_RESIDENTS, status.minimumResidents());
            execution.setVariable(VariableNames.MINIMUM_CHANNELS, status.minimumChannels());
        };
    }

    /** The reminder is recorded, and the coordinator hears of it (a mail or letter, and their list). */
    @Bean("remindCoordinator")
    JavaDelegate remindCoordinator(InvolvementService involvement, NotificationService notifications) {
        return execution -> {
            TrajectoryId trajectoryId = Executions.trajectoryId(execution);
            involvement.remindCoordinator(trajectoryId);
            notifications.toCoordinator(NotificationKind.RECRUITMENT_REMINDER, trajectoryId, null);
        };
    }

    @Bean
    OutcomeHandler<RecruitmentOutcome> recruitmentHandler() {
        return OutcomeHandler.of(FormKeys.RECRUITMENT, RecruitmentOutcome.class, (task, outcome) -> Map.of());
    }
}
