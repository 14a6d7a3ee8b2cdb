package nl.participationsuite.domain.vision;

/** Whose expectations these are: a group, or one named participant ({@link #PARTICIPANT}). */
public enum Party {
    RESIDENTS, PROFESSIONALS, ORGANISATION, PARTICIPANT
}
