package nl.participationsuite.web.workspace.tasks;

import nl.participationsuite.web.taskforms.ParticipantNames;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import nl.participationsuite.domain.trajectory.AwaitedResponse;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.TaskContext;
import nl.participationsuite.workflow.trajectory.SilentParticipantFollowUpOutcome.Decision;

/**
 * Whom the trajectory waits on, for what and since when, and whether they can be recorded as
 * stepping back (a resident still taking part; a professional leaves through the coordinator).
 */
@Component
class SilentParticipantFollowUpContext {

    private final TrajectoryService trajectories;

    private final ParticipantNames names;

    SilentParticipantFollowUpContext(TrajectoryService trajectories, ParticipantNames names) {
        this.trajectories = trajectories;
        this.names = names;
    }

    /** The person waited on (their name, null when unknown), what is awaited, the due date that passed. */
    record Silence(String name, AwaitedResponse awaited, Instant due, boolean canStepBack, List<Decision> decisions) {
    }

    Silence load(TaskContext task) {
        Trajectory trajectory = trajectories.get(task.trajectoryId());
        PersonId person = PersonId.of(task.variable(VariableNames.AWAITED_PERSON_ID));
        Optional<Participant> participant = trajectory.participantOf(person);
        boolean canStepBack = participant.filter(Participant::isResident).filter(Participant::isActive).isPresent();
        Object due = task.variables().get(VariableNames.RESPONSE_DUE);
        return new Silence(names.of(person), AwaitedResponse.valueOf(task.variable(VariableNames.AWAITED_RESPONSE)),
                due instanceof Date date ? date.toInstant() : null, canStepBack,
                canStepBack ? List.of(Decision.values()) : List.of(Decision.ASK_AGAIN));
    }

    void addTo(Model model, TaskContext task) {
        Silence silence = load(task);
        model.addAttribute("silence", silence);
        model.addAttribute("decisions", silence.decisions());
    }
}
