package nl.participationsuite.domain.input;

import java.time.Instant;

import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * A resident's input as it is recorded: by the resident in the portal, or by a professional on
 * behalf of a resident without an account ({@code recordedOnBehalfBy}). Without {@code receivedAt}
 * the input counts as received now.
 */
public record ReceiveInput(TrajectoryId trajectoryId, ParticipantId residentId, PersonId recordedOnBehalfBy,
        InputChannel channel, String topic, String text, Instant receivedAt) {
}
