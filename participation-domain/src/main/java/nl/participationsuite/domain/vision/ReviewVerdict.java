package nl.participationsuite.domain.vision;

/** A participant's answer to a vision version. */
public enum ReviewVerdict {
    ENDORSED, CHANGE_REQUESTED
}
