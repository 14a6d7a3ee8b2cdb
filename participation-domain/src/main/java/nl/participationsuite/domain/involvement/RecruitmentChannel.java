package nl.participationsuite.domain.involvement;

/** How a resident was reached; the early involvement gate asks for more than one of these. */
public enum RecruitmentChannel {
    EXISTING_NETWORK, DOOR_TO_DOOR, ONLINE, FRONT_LINE_PROFESSIONAL, PERSONAL_NETWORK, EVENT
}
