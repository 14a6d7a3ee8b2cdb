package nl.participationsuite.domain.success;

/** How far a success criterion was met at evaluation. */
public enum CriterionResult {
    MET, PARTLY_MET, NOT_MET
}
