package nl.participationsuite.reporting;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.PersonId;

/**
 * What a manager may see: the trajectories of these organisations, nothing else (DESIGN.md §2). A
 * person with no organisations to report on sees an empty portfolio and no trajectory report.
 * Made by {@link Reports#scopeOf(PersonId)}.
 *
 * @param manager the person of the domain behind the manager's account
 * @param organisations the organisations, by name
 */
public record ManagerScope(PersonId manager, List<Organisation> organisations) {

    public ManagerScope {
        organisations = List.copyOf(organisations);
    }

    /** An organisation a manager reports on: its id (for filters) and name (for display). */
    public record Organisation(OrganisationId id, String name) {
    }

    public Set<OrganisationId> organisationIds() {
        return organisations.stream().map(Organisation::id).collect(Collectors.toUnmodifiableSet());
    }

    public boolean covers(OrganisationId organisation) {
        return organisations.stream().anyMatch(o -> o.id().equals(organisation));
    }

    public boolean isEmpty() {
        return organisations.isEmpty();
    }
}
