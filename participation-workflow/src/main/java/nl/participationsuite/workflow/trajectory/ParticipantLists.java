package nl.participationsuite.workflow.trajectory;

import java.util.List;
import java.util.function.Function;

import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.Executions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lists multi-instance steps run over, always of the people still taking part: residents for
 * the motivation conversations (by participant id, a professional holds the conversation), and
 * everyone for the vision reviews and role agreements (by person id: each task is assigned to them).
 */
@Configuration(proxyBeanMethods = false)
class ParticipantLists {

    @Bean("listResidents")
    JavaDelegate listResidents(TrajectoryService trajectories) {
        return list(trajectories, VariableNames.RESIDENT_PARTICIPANT_IDS, Trajectory::activeResidents,
                participant -> participant.id().toString());
    }

    @Bean("listReviewers")
    JavaDelegate listReviewers(TrajectoryService trajectories) {
        return list(trajectories, VariableNames.REVIEWERS, Trajectory::activeParticipants,
                participant -> participant.personId().toString());
    }

    @Bean("listParticipants")
    JavaDelegate listParticipants(TrajectoryService trajectories) {
        return list(trajectories, VariableNames.PARTICIPANT_PERSON_IDS, Trajectory::activeParticipants,
                participant -> participant.personId().toString());
    }

    private static JavaDelegate list(TrajectoryService trajectories, String variable,
            Function<Trajectory, List<Participant>> who, Function<Participant, String> id) {
        return (DelegateExecution execution) -> {
            Trajectory trajectory = trajectories.get(Executions.trajectoryId(execution));
            Executions.setCollection(execution, variable, who.apply(trajectory).stream().map(id).toList());
        };
    }
}
