package nl.participationsuite.workflow.trajectory;

import java.util.Map;

import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.tasks.OutcomeHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The coordinator's own tasks while working together. */
@Configuration(proxyBeanMethods = false)
class TrajectoryOutcomes {

    @Bean
    OutcomeHandler<ProgressUpdateOutcome> progressUpdateHandler(TrajectoryService trajectories) {
        return OutcomeHandler.of(FormKeys.PROGRESS_UPDATE, ProgressUpdateOutcome.class, (task, outcome) -> {
            trajectories.recordProgressUpdate(task.trajectoryId(), outcome.message(), outcome.channel());
            return Map.of();
        });
    }

    /** Ending working together needs nothing but the decision; the phase listener records the move. */
    @Bean
    OutcomeHandler<WorkingPhaseCloseOutcome> workingPhaseCloseHandler() {
        return OutcomeHandler.of(FormKeys.WORKING_PHASE_CLOSE, WorkingPhaseCloseOutcome.class, (task, outcome) -> Map.of());
    }
}
