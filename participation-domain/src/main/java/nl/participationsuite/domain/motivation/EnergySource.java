package nl.participationsuite.domain.motivation;

/** What gives a resident energy; roles are matched to it. */
public enum EnergySource {
    DECISION_MAKING, BUDDY, LIVED_EXPERIENCE_EXPERT, ORGANISING, SHARING_IDEAS
}
