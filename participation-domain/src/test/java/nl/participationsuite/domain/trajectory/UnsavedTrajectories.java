package nl.participationsuite.domain.trajectory;

import java.time.Instant;

/**
 * Trajectories as the aggregate makes them, never saved: for tests of the domain's rules without a
 * database. The coordinator is a professional of a made-up organisation.
 */
public final class UnsavedTrajectories {

    public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private UnsavedTrajectories() {
    }

    /** A trajectory in its first phase, with only its coordinator taking part. */
    public static Trajectory started() {
        OrganisationId organisation = OrganisationId.random();
        Person coordinator = Person.professional("Jeroen Bakker", null, null, organisation);
        return new Trajectory("TR-TEST-1", new StartTrajectory("Samen tegen eenzaamheid", "Eenzaamheid", "Dalfsen",
                TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION, organisation, coordinator.id(),
                coordinator.id(), null, null), coordinator, coordinator, NOW);
    }

    /** A resident joins the trajectory. */
    public static Participant resident(Trajectory trajectory, String name) {
        return trajectory.join(Person.resident(name, null, null, null), NOW);
    }

    /** A professional joins the trajectory. */
    public static Participant professional(Trajectory trajectory, String name) {
        return trajectory.join(Person.professional(name, null, null, trajectory.organisationId()), NOW);
    }
}
