package nl.participationsuite.workflow.involvement;

import java.util.Map;

import nl.participationsuite.domain.involvement.EarlyInvolvementStatus;
import nl.participationsuite.domain.involvement.InvolvementService;
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

    @Bean("remindCoordinator")
    JavaDelegate remindCoordinator(InvolvementService involvement) {
        return execution -> involvement.remindCoordinator(Executions.trajectoryId(execution));
    }

    @Bean
    OutcomeHandler<RecruitmentOutcome> recruitmentHandler() {
        return OutcomeHandler.of(FormKeys.RECRUITMENT, RecruitmentOutcome.class, (task, outcome) -> Map.of());
    }
}
