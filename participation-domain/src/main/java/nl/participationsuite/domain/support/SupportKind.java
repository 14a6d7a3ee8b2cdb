package nl.participationsuite.domain.support;

/** What a resident asks support for. */
public enum SupportKind {
    TRAINING, TRAVEL_COST
}
