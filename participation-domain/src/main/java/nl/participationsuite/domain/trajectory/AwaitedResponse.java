package nl.participationsuite.domain.trajectory;

/** What the trajectory waits on a person for, within the trajectory's {@link ResponseTime}. */
public enum AwaitedResponse {
    VISION_REVIEW,
    ROLE_AGREEMENT_RESPONSE,
    SEAT_ACCEPTANCE
}
