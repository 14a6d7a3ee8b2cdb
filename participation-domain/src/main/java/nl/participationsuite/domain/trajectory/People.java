package nl.participationsuite.domain.trajectory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

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
}
