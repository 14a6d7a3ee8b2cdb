package nl.participationsuite.workflow.seats;

import java.util.List;

import nl.participationsuite.domain.seats.SeatAssignment;
import nl.participationsuite.domain.seats.SeatCompositionVerdict;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import org.springframework.stereotype.Service;

/**
 * The seat rules' verdict on a composition before it is saved, for the forms that compose the
 * steering group. The rules have one home, the domain's {@code SeatCompositionRules}, which the
 * steering group applies when the composition is saved and the process asks after a step back; this
 * only asks it, with every rule the composition breaks.
 */
@Service
public class SeatCompositionCheck {

    private final SteeringGroupService steeringGroups;

    SeatCompositionCheck(SteeringGroupService steeringGroups) {
        this.steeringGroups = steeringGroups;
    }

    /**
     * How the trajectory's steering group would fare with these seats added to the ones occupied
     * now (none: how it fares now). Stores nothing; a seat the domain would refuse (unknown holder,
     * someone who stepped back or holds a seat already, a wrong term) is refused here the same way,
     * with its field ({@code seats[i].termUntil}).
     */
    public SeatCompositionVerdict check(TrajectoryId trajectoryId, List<SeatAssignment> newSeats) {
        return steeringGroups.preview(trajectoryId, newSeats);
    }
}
