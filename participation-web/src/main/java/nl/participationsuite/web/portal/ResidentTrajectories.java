package nl.participationsuite.web.portal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import org.springframework.stereotype.Component;

/**
 * The trajectories a resident takes part in, as the portal's forms offer them: only their own, and
 * for something new only the open ones. A trajectory id from a form that is not one of theirs
 * answers as not found, checked by the domain's {@link TrajectoryService#visibleTo(TrajectoryId,
 * nl.participationsuite.domain.trajectory.PersonId)}.
 */
@Component
public class ResidentTrajectories {

    /** A trajectory to choose: its id (as the form sends it) and title. */
    public record Choice(UUID id, String title) {
    }

    private final TrajectoryService trajectories;

    ResidentTrajectories(TrajectoryService trajectories) {
        this.trajectories = trajectories;
    }

    /** The open trajectories the resident takes part in, newest first. */
    public List<Choice> open(Person resident) {
        return trajectories.takingPartIn(resident.id()).stream().filter(trajectory -> !trajectory.isClosed())
                .map(trajectory -> new Choice(trajectory.id().value(), trajectory.title())).toList();
    }

    /** The titles of all the resident's trajectories, also closed ones, by id. */
    public Map<TrajectoryId, String> titles(Person resident) {
        return trajectories.takingPartIn(resident.id()).stream()
                .collect(Collectors.toMap(Trajectory::id, Trajectory::title, (first, second) -> first));
    }

    /** The resident as a participant of the trajectory; not found unless they take part in it. */
    public ParticipantId participantIn(UUID trajectoryId, Person resident) {
        TrajectoryId id = new TrajectoryId(trajectoryId);
        return trajectories.visibleTo(id, resident.id()).participantOf(resident.id())
                .orElseThrow(() -> new NotFoundException("trajectory", id)).id();
    }

    /** The one trajectory chosen: the form's, or the only open one when the resident has just one. */
    public static UUID chosen(UUID fromForm, List<Choice> choices) {
        if (fromForm != null) {
            return fromForm;
        }
        return choices.size() == 1 ? choices.get(0).id() : null;
    }
}
