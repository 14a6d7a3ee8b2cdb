package nl.participationsuite.domain.trajectory;

/** The two roles every trajectory has exactly one holder of: its coordinator and its fixed contact person. */
public enum LeadershipRole {
    COORDINATOR, CONTACT_PERSON
}
