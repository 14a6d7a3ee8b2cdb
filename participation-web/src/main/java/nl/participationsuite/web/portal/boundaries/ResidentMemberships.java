package nl.participationsuite.web.portal.boundaries;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;

/**
 * The trajectories in which the signed-in person takes part as a resident, read through the
 * domain's visibility rule: another trajectory, or one where they are not a resident, does not exist
 * for them.
 */
@Component
class ResidentMemberships {

    /** More than a resident takes part in at once; the page lists them all. */
    private static final int AT_MOST = 100;

    private final TrajectoryService trajectories;

    ResidentMemberships(TrajectoryService trajectories) {
        this.trajectories = trajectories;
    }

    /** The trajectory and the person's own place in it. */
    record Membership(Trajectory trajectory, Participant participant) {
    }

    /** The open trajectories the person still takes part in as a resident, newest first. */
    List<Membership> active(PersonId person) {
        return trajectories.visibleTo(person, PageRequest.of(0, AT_MOST))
                .stream()
                .filter(trajectory -> !trajectory.isClosed())
                .flatMap(trajectory -> trajectory.participantOf(person)
                        .filter(participant -> participant.isResident() && participant.isActive())
                        .map(participant -> new Membership(trajectory, participant)).stream())
                .toList();
    }

    /** One trajectory of the person as a resident, stepped back or not; any other is not found. */
    Membership of(UUID trajectoryId, PersonId person) {
        TrajectoryId id = new TrajectoryId(trajectoryId);
        Trajectory trajectory = trajectories.visibleTo(id, person);
        Participant participant = trajectory.participantOf(person).filter(Participant::isResident)
                .orElseThrow(() -> new NotFoundException("trajectory", id));
        return new Membership(trajectory, participant);
    }
}
