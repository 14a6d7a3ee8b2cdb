package nl.participationsuite.workflow.success;

import java.util.Map;

import nl.participationsuite.domain.notification.NotificationKind;
import nl.participationsuite.domain.notification.NotificationService;
import nl.participationsuite.domain.success.CycleDecision;
import nl.participationsuite.domain.success.ReportSuccess;
import nl.participationsuite.domain.success.SuccessId;
import nl.participationsuite.domain.success.SuccessReport;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.OutcomeHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The professionals make a success visible; the coordinator reports the cycle's success at evaluation. */
@Configuration(proxyBeanMethods = false)
class SuccessOutcomes {

    /** The success is made visible; the residents taking part hear of it in the same transaction. */
    @Bean
    OutcomeHandler<SuccessVisibilityOutcome> successVisibilityHandler(SuccessService successes,
            NotificationService notifications) {
        return OutcomeHandler.of(FormKeys.SUCCESS_VISIBILITY, SuccessVisibilityOutcome.class, (task, outcome) -> {
            SuccessId success = SuccessId.of(task.variable(VariableNames.SUCCESS_ID));
            successes.makeVisible(success, outcome.channel());
            notifications.news(NotificationKind.SUCCESS_VISIBLE, task.trajectoryId(), success.value());
            return Map.of();
        });
    }

    /** The report of the current cycle; its decision routes the process to a new cycle or to closing. */
    @Bean
    OutcomeHandler<SuccessReportOutcome> successReportHandler(SuccessService successes) {
        return OutcomeHandler.of(FormKeys.SUCCESS_REPORT, SuccessReportOutcome.class, (task, outcome) -> {
            SuccessReport report = successes.report(task.trajectoryId(),
                    new ReportSuccess(outcome.assessments(), outcome.summary(), outcome.decision()));
            return Map.of(VariableNames.NEW_CYCLE, report.decision() == CycleDecision.NEW_CYCLE);
        });
    }
}
