package nl.participationsuite.domain.roles;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Participant;

/**
 * A resident's own boundary on their time: no role agreement asks more hours a month than they said
 * they want to give (in their motivation conversation, or later in the portal). Professionals have
 * no such boundary here, nor has a resident who has not told theirs yet.
 *
 * @param hoursPerMonth the most hours a month the resident wants to give; null when not known
 */
public record ResidentBoundary(Integer hoursPerMonth) {

    public static final String HOURS_BEYOND_BOUNDARY = "roles.hours-beyond-boundary";

    /** No boundary known. */
    public static final ResidentBoundary NONE = new ResidentBoundary(null);

    /** Refuses more hours than a resident participant wants to give. */
    public void requireWithin(Participant participant, int hours) {
        if (participant.isResident() && hoursPerMonth != null && hours > hoursPerMonth) {
            throw new RuleViolationException("hoursPerMonth", HOURS_BEYOND_BOUNDARY, "participant " + participant.id()
                    + " wants to give at most " + hoursPerMonth + " hours a month, not " + hours);
        }
    }
}
