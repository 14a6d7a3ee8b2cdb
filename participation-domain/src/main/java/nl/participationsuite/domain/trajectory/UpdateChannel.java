package nl.participationsuite.domain.trajectory;

/** How a progress update reached the residents. */
public enum UpdateChannel {
    PORTAL, MEETING, NEWSLETTER, E_MAIL, LETTER, PHONE
}
