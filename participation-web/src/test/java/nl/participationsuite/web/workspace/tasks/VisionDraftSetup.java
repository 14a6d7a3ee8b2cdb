package nl.participationsuite.web.workspace.tasks;

import java.util.Set;

import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.involvement.RecruitmentChannel;
import nl.participationsuite.domain.motivation.EnergySource;
import nl.participationsuite.domain.motivation.PreferredTime;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.involvement.RecruitmentOutcome;
import nl.participationsuite.workflow.motivation.MotivationOutcome;
import nl.participationsuite.workflow.tasks.TaskSearch;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;

/**
 * Plays a trajectory through the workflow facade up to the coordinator's draft of the shared
 * vision: started with two residents as enough, both recruited door to door, the check asked
 * for, the motivation conversations held. The web module has no workflow test fixture, so
 * these are the few steps the browser tests need.
 */
final class VisionDraftSetup {

    private VisionDraftSetup() {
    }

    /** A trajectory waiting at the draft of its vision, and that task; {@code resident} is Fatima. */
    record AtDraft(Trajectory trajectory, Participant resident, WorkflowTask draft) {
    }

    static AtDraft playUpToTheDraft(Person coordinator, String title, TrajectoryWorkflow workflow,
            TrajectoryService trajectories, InvolvementService involvement, People people) {
        Trajectory trajectory = workflow.start(new StartTrajectory(title, "Lokaal gezondheidsbeleid", "Lemelerveld",
                TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION, coordinator.organisationId(),
                coordinator.id(), coordinator.id(), 2, 1, "Alleen via het wijkteam bereikbaar in deze test."));
        Participant fatima = recruit(trajectory, "Fatima El Amrani", trajectories, involvement, people);
        recruit(trajectory, "Henk Jansen", trajectories, involvement, people);
        workflow.complete(task(workflow, coordinator, trajectory, Activities.RECRUIT_RESIDENTS).id(), coordinator.id(),
                new RecruitmentOutcome());
        for (int conversation = 0; conversation < 2; conversation++) {
            workflow.complete(task(workflow, coordinator, trajectory, Activities.MOTIVATION_CONVERSATION).id(),
                    coordinator.id(), new MotivationOutcome(Set.of(EnergySource.SHARING_IDEAS), 6,
                            Set.of(ParticipationLevel.PARTICIPATION), Set.of(PreferredTime.EVENING), null));
        }
        return new AtDraft(trajectory, fatima, task(workflow, coordinator, trajectory, Activities.DRAFT_VISION));
    }

    private static Participant recruit(Trajectory trajectory, String name, TrajectoryService trajectories,
            InvolvementService involvement, People people) {
        Person resident = people.save(Person.resident(name, null, null, null));
        Participant participant = trajectories.addParticipant(trajectory.id(), resident.id());
        involvement.recordRecruitment(trajectory.id(), participant.id(), RecruitmentChannel.DOOR_TO_DOOR, null);
        return participant;
    }

    private static WorkflowTask task(TrajectoryWorkflow workflow, Person person, Trajectory trajectory,
            String definitionKey) {
        return workflow.tasks(TaskSearch.of(person.id())).stream()
                .filter(task -> task.trajectoryId().equals(trajectory.id()) && task.definitionKey().equals(definitionKey))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + definitionKey + " for " + person.displayName()));
    }
}
