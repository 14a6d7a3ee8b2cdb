package nl.participationsuite.web.security;

import nl.participationsuite.domain.shared.Actors;
import nl.participationsuite.domain.shared.NotAllowedException;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import org.springframework.stereotype.Component;

/**
 * The person behind the logged-in account: the product's {@link Person} whose Keycloak subject is
 * the caller's. An account that is not linked to a person yet may do nothing in a trajectory.
 */
@Component
public class CurrentPerson {

    private final Actors actors;

    private final People people;

    CurrentPerson(Actors actors, People people) {
        this.actors = actors;
        this.people = people;
    }

    public Person get() {
        return actors.current().flatMap(people::findByKeycloakSubject)
                .orElseThrow(() -> new NotAllowedException("account.not-linked",
                        "this account is not linked to a person in the product yet"));
    }
}
