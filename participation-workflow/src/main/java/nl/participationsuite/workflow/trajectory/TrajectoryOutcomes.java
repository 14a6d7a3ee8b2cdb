package nl.participationsuite.workflow.trajectory;

import java.util.Map;

import nl.participationsuite.domain.notification.NotificationKind;
import nl.participationsuite.domain.notification.NotificationService;
import nl.participationsuite.domain.trajectory.ProgressUpdate;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.tasks.OutcomeHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The coordinator's own tasks while working together. */
@Configuration(proxyBeanMethods = false)
class TrajectoryOutcomes {

    /** The update is recorded; the residents taking part hear of it in the same transaction. */
    @Bean
    OutcomeHandler<ProgressUpdateOutcome> progressUpdateHandler(TrajectoryService trajectories,
            NotificationService notifications) {
        return OutcomeHandler.of(FormKeys.PROGRESS_UPDATE, ProgressUpdateOutcome.class, (task, outcome) -> {
            ProgressUpdate update = trajectories.recordProgressUpdate(task.trajectoryId(), outcome.message(),
                    outcome.channel());
            notifications.news(NotificationKind.PROGRESS_UPDATE, task.trajectoryId(), update.id().value());
            return Map.of();
        });
    }

    /** Ending working together needs nothing but the decision; the phase listener records the move. */
    @Bean
    OutcomeHandler<WorkingPhaseCloseOutcome> workingPhaseCloseHandler() {
        return OutcomeHandler.of(FormKeys.WORKING_PHASE_CLOSE, WorkingPhaseCloseOutcome.class, (task, outcome) -> Map.of());
    }
}
