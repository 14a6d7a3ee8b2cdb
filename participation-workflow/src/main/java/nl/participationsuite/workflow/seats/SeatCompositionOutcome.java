package nl.participationsuite.workflow.seats;

import java.util.List;

import nl.participationsuite.domain.seats.SeatAssignment;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/**
 * The seats the coordinator gives the steering group (holder, term, the backgrounds a resident
 * declares) and, for a composition that breaks the seat rules, the written justification to accept it anyway.
 */
public record SeatCompositionOutcome(List<SeatAssignment> seats, String overrideJustification) implements TaskOutcome {
}
