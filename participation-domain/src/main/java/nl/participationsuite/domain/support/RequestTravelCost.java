package nl.participationsuite.domain.support;

import java.time.LocalDate;

import nl.participationsuite.domain.trajectory.ParticipantId;

/** A resident's claim for the cost of a trip made for the trajectory, in euro cents. */
public record RequestTravelCost(ParticipantId participantId, LocalDate tripDate, String from, String to,
        Long amountCents) {
}
