package nl.participationsuite.domain.trajectory;

import org.springframework.data.jpa.repository.JpaRepository;

/** All organisations. */
public interface Organisations extends JpaRepository<Organisation, OrganisationId> {
}
