package nl.participationsuite.domain.roles;

/**
 * A proposal waits for the participant, who accepts it or asks to renegotiate. A proposal not
 * settled when its participant steps back is withdrawn: nobody accepted it.
 */
public enum AgreementStatus {
    PROPOSED, ACCEPTED, RENEGOTIATION_REQUESTED, WITHDRAWN
}
