package nl.participationsuite.domain.trajectory;

/**
 * A person a search for someone to add to a trajectory found: enough to recognise them (name, e-mail,
 * organisation for a professional) and whether they have a portal account.
 */
public record PersonMatch(PersonId id, PersonKind kind, String displayName, String email, String organisationName,
        boolean hasAccount) {
}
