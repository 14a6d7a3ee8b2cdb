package nl.participationsuite.domain.trajectory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All residents and professionals known to the product. */
public interface People extends JpaRepository<Person, PersonId> {

    @Query("select p from Person p where p.keycloakSubject = :keycloakSubject")
    Optional<Person> findByKeycloakSubject(String keycloakSubject);

    /**
     * The people with these ids, in one statement. Unlike {@code findAllById}, whose criteria query
     * Hibernate translates again on every call, this query's plan is cached.
     */
    default List<Person> findByIdIn(Collection<PersonId> ids) {
        return ids.isEmpty() ? List.of() : findByIdInNonEmpty(ids);
    }

    @Query("select p from Person p where p.id in :ids")
    List<Person> findByIdInNonEmpty(Collection<PersonId> ids);

    /**
     * The people someone may add to a trajectory whose name or e-mail contains {@code pattern} (a
     * lower-case LIKE pattern, escaped with a backslash), or who take part in the trajectory with this
     * reference (upper case): every professional (of any organisation: partners), and the residents
     * who take part, without having stepped back, in a trajectory of one of {@code organisations}.
     * Nobody erased. By name, at most {@code limit}, in one statement.
     */
    @Query("""
            select new nl.participationsuite.domain.trajectory.PersonMatch(p.id, p.kind, p.displayName, p.email,
                o.name, case when p.keycloakSubject is null then false else true end)
            from Person p left join Organisation o on o.id = p.organisationId
            where p.erasedAt is null
              and (lower(p.displayName) like :pattern escape '\\'
                   or lower(p.email) like :pattern escape '\\'
                   or p.id in (select rp.personId from Trajectory r join r.participants rp
                               where upper(r.reference) = :reference))
              and (p.kind = nl.participationsuite.domain.trajectory.PersonKind.PROFESSIONAL
                   or p.id in (select sp.personId from Trajectory s join s.participants sp
                               where sp.steppedBackAt is null and s.organisationId in :organisations))
            order by lower(p.displayName), p.id.value""")
    List<PersonMatch> findAddable(String pattern, String reference, Collection<OrganisationId> organisations,
            Limit limit);

    /** The person, when {@link #findAddable} could find them (any name): the check before adding them. */
    @Query("""
            select p from Person p
            where p.id = :id and p.erasedAt is null
              and (p.kind = nl.participationsuite.domain.trajectory.PersonKind.PROFESSIONAL
                   or p.id in (select sp.personId from Trajectory s join s.participants sp
                               where sp.steppedBackAt is null and s.organisationId in :organisations))""")
    Optional<Person> findAddable(PersonId id, Collection<OrganisationId> organisations);

    /**
     * Who may be chosen to lead a trajectory of this organisation when it starts: its professionals and,
     * with {@code residents}, the residents taking part in its trajectories; by name, at most {@code limit}.
     */
    @Query("""
            select p from Person p
            where p.erasedAt is null
              and ((p.kind = nl.participationsuite.domain.trajectory.PersonKind.PROFESSIONAL
                    and p.organisationId = :organisation)
                   or (:residents = true and p.kind = nl.participationsuite.domain.trajectory.PersonKind.RESIDENT
                       and p.id in (select sp.personId from Trajectory s join s.participants sp
                                    where sp.steppedBackAt is null and s.organisationId = :organisation)))
            order by p.kind, lower(p.displayName), p.id.value""")
    List<Person> findLeaderCandidates(OrganisationId organisation, boolean residents, Limit limit);
}
