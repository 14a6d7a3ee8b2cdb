package nl.participationsuite.domain.support;

import nl.participationsuite.domain.trajectory.ParticipantId;

/** A resident's request to follow a training; the cost in euro cents is optional (some are free). */
public record RequestTraining(ParticipantId participantId, String trainingName, String provider, Long costCents) {
}
