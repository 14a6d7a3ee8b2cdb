package nl.participationsuite.domain.input;

/** How the input reached the trajectory. */
public enum InputChannel {
    PORTAL, MEETING, PHONE, DOOR_TO_DOOR, E_MAIL, PAPER, OTHER
}
