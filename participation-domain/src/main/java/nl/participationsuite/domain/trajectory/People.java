package nl.participationsuite.domain.trajectory;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** All residents and professionals known to the product. */
public interface People extends JpaRepository<Person, PersonId> {

    Optional<Person> findByKeycloakSubject(String keycloakSubject);
}
