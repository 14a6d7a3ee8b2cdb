package nl.participationsuite.web.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.participationsuite.domain.trajectory.Organisation;
import nl.participationsuite.domain.trajectory.OrganisationKind;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Trajectories;
import nl.participationsuite.domain.trajectory.Trajectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo organisations, links the development realm's demo users to people and plays
 * three trajectories into different phases, so that a first look at the product shows a living
 * product. Everything goes through the product's own services and process, so every rule holds.
 * All or nothing, in one transaction: a half-loaded demo would otherwise count as loaded. Once
 * the demo trajectories exist it does nothing, so a restart keeps what was done in the meantime.
 */
@Component
@ConditionalOnProperty(name = DemoData.ENABLED, havingValue = "true")
class DemoData {

    static final String ENABLED = "participation.demo-data.enabled";

    /** The same organisation names the web tests link the demo professionals to. */
    static final String MUNICIPALITY = "Gemeente Dalfsen";

    static final String GGD = "GGD IJsselland";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Organisations organisations;

    private final People people;

    private final Trajectories trajectories;

    private final DemoTrajectories demoTrajectories;

    private final TransactionTemplate transaction;

    DemoData(Organisations organisations, People people, Trajectories trajectories, DemoTrajectories demoTrajectories,
            PlatformTransactionManager transactionManager) {
        this.organisations = organisations;
        this.people = people;
        this.trajectories = trajectories;
        this.demoTrajectories = demoTrajectories;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Loads the demo unless it is there already; the trajectories it loaded, none when it was there. */
    List<Trajectory> loadUnlessPresent() {
        return transaction.execute(status -> {
            if (present()) {
                log.info("Demo data already present (trajectory '{}'): nothing loaded", DemoTrajectories.GROWING);
                cast();
                return List.of();
            }
            Cast cast = cast();
            List<Trajectory> loaded = List.of(demoTrajectories.growing(cast), demoTrajectories.lowIncomes(cast),
                    demoTrajectories.healthPolicy(cast));
            loaded.forEach(trajectory -> log.info("Demo trajectory '{}' ({}) loaded in phase {}", trajectory.title(),
                    trajectory.reference(), trajectory.phase()));
            return loaded;
        });
    }

    /** Whether the demo coordinator already takes part in a demo trajectory. */
    private boolean present() {
        return people.findByKeycloakSubject(DemoAccount.COORDINATOR.subject())
                .map(coordinator -> trajectories.findByParticipant(coordinator.id()).stream()
                        .anyMatch(trajectory -> DemoTrajectories.TITLES.contains(trajectory.title())))
                .orElse(false);
    }

    /**
     * The organisations and the demo users' people, reusing those that exist (e.g. linked earlier); the
     * managers are (again) given their organisations, also when the demo was loaded before they had any.
     */
    private Cast cast() {
        Organisation municipality = organisation(MUNICIPALITY, OrganisationKind.MUNICIPALITY);
        Organisation ggd = organisation(GGD, OrganisationKind.PUBLIC_HEALTH_SERVICE);
        Map<DemoAccount, Person> linked = new EnumMap<>(DemoAccount.class);
        for (DemoAccount account : DemoAccount.values()) {
            Organisation employer = account == DemoAccount.PROFESSIONAL2 || account == DemoAccount.MANAGER2 ? ggd : municipality;
            linked.put(account, people.findByKeycloakSubject(account.subject()).orElseGet(() -> people.save(account.isResident()
                    ? Person.resident(account.displayName(), account.email(), null, account.subject())
                    : Person.professional(account.displayName(), account.email(), account.subject(), employer.id()))));
        }
        linked.get(DemoAccount.MANAGER).manage(Set.of(municipality.id()));
        linked.get(DemoAccount.MANAGER2).manage(Set.of(ggd.id(), municipality.id()));
        return new Cast(municipality, ggd, linked);
    }

    private Organisation organisation(String name, OrganisationKind kind) {
        return organisations.findAll().stream()
                .filter(organisation -> organisation.name().equals(name) && organisation.kind() == kind)
                .findFirst()
                .orElseGet(() -> organisations.save(new Organisation(name, kind)));
    }

    /** Who plays in the demo: the two organisations and the people linked to the demo accounts. */
    record Cast(Organisation municipality, Organisation ggd, Map<DemoAccount, Person> linked) {

        Person person(DemoAccount account) {
            return linked.get(account);
        }
    }
}
