package nl.participationsuite.domain.trajectory;

/**
 * A trajectory a person takes part in and has not stepped back from, as far as a page about that
 * person needs it: its title, phase and contact person, and the person's own participation in it.
 * {@code contactPersonId} is null when the trajectory has no contact person.
 */
public record ActiveParticipation(TrajectoryId trajectoryId, String title, Phase phase, PersonId contactPersonId,
        ParticipantId participantId) {
}
