package nl.participationsuite.domain.trajectory;

/** Who leads: residents (professionals facilitate) or an organisation. */
public enum TrajectoryKind {
    RESIDENT_INITIATIVE, ORGANISATION_PROJECT
}
