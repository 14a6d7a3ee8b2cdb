package nl.participationsuite.web.reports;

import java.util.List;

import nl.participationsuite.domain.shared.Actors;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.reporting.ManagerScope;
import nl.participationsuite.reporting.Reports;
import org.springframework.stereotype.Component;

/**
 * What the logged-in manager may see: the organisations of the person their account is linked to
 * ({@link Reports#scopeOf}). An account linked to no person sees nothing (an empty portfolio, 404 for
 * every trajectory), never everything. For the report API and the report pages alike.
 */
@Component
public class CurrentManagerScope {

    private final Actors actors;

    private final People people;

    private final Reports reports;

    CurrentManagerScope(Actors actors, People people, Reports reports) {
        this.actors = actors;
        this.people = people;
        this.reports = reports;
    }

    public ManagerScope get() {
        return actors.current().flatMap(people::findByKeycloakSubject)
                .map(person -> reports.scopeOf(person.id()))
                .orElseGet(() -> new ManagerScope(null, List.of()));
    }
}
