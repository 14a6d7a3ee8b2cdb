package nl.participationsuite.domain.trajectory;

/**
 * What a coordinator fills in to start a trajectory. The thresholds of the early involvement gate
 * are optional: without them the handbook's defaults apply (5 residents from 2 channels); a minimum
 * of one channel needs {@code minimumChannelsJustification}.
 */
public record StartTrajectory(String title, String topic, String area, TrajectoryKind kind,
        ParticipationLevel intendedLevel, OrganisationId organisationId, PersonId coordinatorId,
        PersonId contactPersonId, Integer minimumResidents, Integer minimumChannels,
        String minimumChannelsJustification) {

    /** Without a justification for a single recruitment channel. */
    public StartTrajectory(String title, String topic, String area, TrajectoryKind kind,
            ParticipationLevel intendedLevel, OrganisationId organisationId, PersonId coordinatorId,
            PersonId contactPersonId, Integer minimumResidents, Integer minimumChannels) {
        this(title, topic, area, kind, intendedLevel, organisationId, coordinatorId, contactPersonId,
                minimumResidents, minimumChannels, null);
    }
}
