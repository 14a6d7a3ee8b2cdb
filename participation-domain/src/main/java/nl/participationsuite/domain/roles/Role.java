package nl.participationsuite.domain.roles;

/** The roles participants take on in a trajectory, matched to what gives them energy. */
public enum Role {
    DECISION_MAKER, BUDDY, LIVED_EXPERIENCE_EXPERT, ORGANISER, IDEA_SHARER, PROFESSIONAL_SUPPORT, COORDINATOR,
    CONTACT_PERSON
}
