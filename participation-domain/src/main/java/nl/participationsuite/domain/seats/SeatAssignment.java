package nl.participationsuite.domain.seats;

import java.time.LocalDate;
import java.util.Set;

import nl.participationsuite.domain.trajectory.ParticipantId;

/**
 * A seat the coordinator assigns: to a participant of the trajectory, for a term, with the
 * backgrounds a resident holder declares (none for professionals).
 */
public record SeatAssignment(ParticipantId holderId, LocalDate termFrom, LocalDate termUntil,
        Set<Background> backgrounds) {
}
