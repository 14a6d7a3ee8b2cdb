package nl.participationsuite.domain.conditions;

/** The handbook's ten conditions for successful resident participation, in the handbook's order. */
public enum Condition {
    SHARED_VISION_AND_CLEAR_ROLES,
    INVOLVE_RESIDENTS_EARLY,
    SAFE_AND_TRUSTED_ENVIRONMENT,
    SUPPORTIVE_AND_TRANSPARENT_LEADERSHIP,
    BIGGER_ROLE_IN_DECISION_MAKING,
    SKEWED_POWER_RELATIONS_ADDRESSED,
    MOTIVATIONS_OF_RESIDENTS,
    VISIBLE_QUICK_SUCCESSES,
    INVEST_IN_RESIDENTS,
    FITTING_PARTICIPATION_ENVIRONMENT
}
