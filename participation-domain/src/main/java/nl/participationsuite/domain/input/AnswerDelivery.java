package nl.participationsuite.domain.input;

/**
 * How an answer to input reached the resident. A resident with a portal account reads it there; for
 * one without (recruited door to door, no e-mail), the professional passes it on and records how.
 */
public enum AnswerDelivery {
    PORTAL, E_MAIL, PHONE, LETTER, AT_THE_DOOR, IN_A_MEETING
}
