package nl.participationsuite.domain.roles;

/**
 * What a role agreement says: the role, what the participant takes on, how many hours a month
 * (the participant's own boundary) and what support they get.
 */
public record RoleTerms(Role role, String responsibilities, Integer hoursPerMonth, String supportAgreed) {
}
