package nl.participationsuite.domain.roles;

/** A proposal waits for the participant, who accepts it or asks to renegotiate. */
public enum AgreementStatus {
    PROPOSED, ACCEPTED, RENEGOTIATION_REQUESTED
}
