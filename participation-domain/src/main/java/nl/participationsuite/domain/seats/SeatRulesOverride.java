package nl.participationsuite.domain.seats;

import nl.participationsuite.domain.trajectory.PersonId;

/** The coordinator's decision to accept a composition that breaks the rules, with a written justification. */
public record SeatRulesOverride(PersonId givenBy, String justification) {
}
