package nl.participationsuite.workflow.tasks;

import java.util.ArrayList;
import java.util.List;

import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.PersonKind;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * The engine's candidate groups are per trajectory: its coordinator, and its professionals. A
 * person's groups follow from the trajectories they take part in, so no task is ever visible
 * outside its trajectory.
 */
public final class TaskGroups {

    private TaskGroups() {
    }

    public static String coordinatorGroup(TrajectoryId trajectory) {
        return "trajectory:" + trajectory + ":coordinator";
    }

    public static String professionalsGroup(TrajectoryId trajectory) {
        return "trajectory:" + trajectory + ":professionals";
    }

    /** The groups a person is in through the given trajectories. */
    static List<String> of(PersonId person, List<Trajectory> trajectories) {
        List<String> groups = new ArrayList<>();
        for (Trajectory trajectory : trajectories) {
            if (trajectory.coordinatorId().equals(person)) {
                groups.add(coordinatorGroup(trajectory.id()));
            }
            trajectory.participantOf(person).filter(Participant::isActive)
                    .filter(participant -> participant.kind() == PersonKind.PROFESSIONAL)
                    .ifPresent(participant -> groups.add(professionalsGroup(trajectory.id())));
        }
        return groups;
    }
}
