package nl.participationsuite.workflow.seats;

import java.util.List;

import nl.participationsuite.domain.seats.SeatAssignment;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/**
 * The seats the coordinator adds after someone stepped back, so that the steering group meets the
 * seat rules again, and the written justification for what the seats still break. No seats at all
 * keeps the group as it is (no one can take a seat yet), which needs that justification.
 */
public record SeatRestorationOutcome(List<SeatAssignment> seats, String overrideJustification) implements TaskOutcome {
}
