package nl.participationsuite.workflow.trajectory;

import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.tasks.Executions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** After the evaluation: another cycle of working together, or the trajectory closes. */
@Configuration(proxyBeanMethods = false)
class TrajectoryEnd {

    @Bean("startNewCycle")
    JavaDelegate startNewCycle(TrajectoryService trajectories) {
        return execution -> trajectories.startNewCycle(Executions.trajectoryId(execution));
    }

    @Bean("closeTrajectory")
    JavaDelegate closeTrajectory(TrajectoryService trajectories) {
        return execution -> trajectories.close(Executions.trajectoryId(execution));
    }
}
