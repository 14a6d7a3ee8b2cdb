package nl.participationsuite.web.taskforms;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import nl.participationsuite.domain.seats.Seat;
import nl.participationsuite.domain.seats.SteeringGroup;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.tasks.TaskContext;

/**
 * The seat offered to the person completing the task (its term) and who else sits in the steering
 * group, by display name, so that they know whom they would decide with.
 */
@Component
public class SeatAcceptanceContext {

    private final TrajectoryService trajectories;

    private final SteeringGroupService steeringGroups;

    private final ParticipantNames names;

    SeatAcceptanceContext(TrajectoryService trajectories, SteeringGroupService steeringGroups, ParticipantNames names) {
        this.trajectories = trajectories;
        this.steeringGroups = steeringGroups;
        this.names = names;
    }

    /** The offered seat (null when the person holds no seat any more) and the other members. */
    public record Offer(String trajectoryTitle, SeatTerm seat, List<Member> others) {
    }

    /** The term of the seat; {@code accepted} when it was accepted already. */
    public record SeatTerm(LocalDate termFrom, LocalDate termUntil, boolean accepted) {
    }

    /** Another member of the steering group: by name, a resident or not, and whether they took their seat. */
    public record Member(String name, boolean resident, boolean accepted) {
    }

    public Offer load(TaskContext task) {
        Trajectory trajectory = trajectories.get(task.trajectoryId());
        Optional<ParticipantId> me = trajectory.participantOf(task.actor()).map(Participant::id);
        List<Seat> occupied = steeringGroups.groupOf(trajectory.id()).map(SteeringGroup::occupiedSeats).orElse(List.of());
        Map<ParticipantId, String> participants = names.ofParticipants(trajectory);
        SeatTerm mine = occupied.stream().filter(seat -> me.isPresent() && seat.holderId().equals(me.get()))
                .findFirst().map(seat -> new SeatTerm(seat.termFrom(), seat.termUntil(), seat.isAccepted()))
                .orElse(null);
        List<Member> others = occupied.stream().filter(seat -> me.isEmpty() || !seat.holderId().equals(me.get()))
                .map(seat -> new Member(participants.get(seat.holderId()), seat.isResidentSeat(), seat.isAccepted()))
                .toList();
        return new Offer(trajectory.title(), mine, others);
    }

    /** What the task's page shows beside its form, for the workspace and the portal alike: {@code offer}, {@code answers}. */
    public void addTo(Model model, TaskContext task) {
        model.addAttribute("offer", load(task));
        model.addAttribute("answers", SeatAcceptanceForm.ANSWERS);
    }
}
