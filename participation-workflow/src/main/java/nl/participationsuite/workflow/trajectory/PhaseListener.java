package nl.participationsuite.workflow.trajectory;

import java.util.Map;

import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.Phases;
import nl.participationsuite.workflow.tasks.Executions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** When the process enters a phase's sub-process, the trajectory enters that phase. */
@Component("phaseListener")
class PhaseListener implements ExecutionListener {

    private static final Map<String, Phase> PHASES = Map.of(
            Phases.EARLY_INVOLVEMENT, Phase.EARLY_INVOLVEMENT,
            Phases.MOTIVATION, Phase.MOTIVATION,
            Phases.SHARED_VISION, Phase.SHARED_VISION,
            Phases.ROLE_AGREEMENTS, Phase.ROLE_AGREEMENTS,
            Phases.DECISION_SEATS, Phase.DECISION_SEATS,
            Phases.WORKING_TOGETHER, Phase.WORKING_TOGETHER,
            Phases.EVALUATION, Phase.EVALUATION);

    private final TrajectoryService trajectories;

    PhaseListener(TrajectoryService trajectories) {
        this.trajectories = trajectories;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Phase phase = PHASES.get(execution.getCurrentActivityId());
        if (phase == null) {
            throw new IllegalStateException("no phase for activity " + execution.getCurrentActivityId());
        }
        trajectories.enterPhase(Executions.trajectoryId(execution), phase);
    }
}
