package nl.participationsuite.domain.trajectory;

/** The kinds of organisation that run participation trajectories. */
public enum OrganisationKind {
    MUNICIPALITY, PUBLIC_HEALTH_SERVICE, CARE_WELFARE_ORGANISATION, REGIONAL_NETWORK
}
