package nl.participationsuite.workflow.seats;

import java.util.List;

import nl.participationsuite.domain.seats.SeatAssignment;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/**
 * The seats the coordinator adds after someone stepped back, so that the steering group meets the
 * seat rules again, or the written justification to accept what the new seats still break.
 */
public record SeatRestorationOutcome(List<SeatAssignment> seats, String overrideJustification) implements TaskOutcome {
}
