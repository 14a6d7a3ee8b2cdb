package nl.participationsuite.domain.notification;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import nl.participationsuite.domain.trajectory.PersonId;

/** People's notification preferences; a person without one gets the defaults. */
public interface NotificationPreferences extends JpaRepository<NotificationPreference, PersonId> {

    @Query("select p from NotificationPreference p where p.personId in :people")
    List<NotificationPreference> findByPersonIdIn(@Param("people") Collection<PersonId> people);
}
