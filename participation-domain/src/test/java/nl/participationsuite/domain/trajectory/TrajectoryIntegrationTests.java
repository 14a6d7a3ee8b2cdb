package nl.participationsuite.domain.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.testsupport.PostgresTestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest
@ContextConfiguration(initializers = PostgresTestDatabaseInitializer.class)
class TrajectoryIntegrationTests {

    @Autowired
    TrajectoryService trajectoryService;

    @Autowired
    Organisations organisations;

    @Autowired
    People people;

    @Autowired
    Trajectories trajectories;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void startsATrajectoryInEarlyInvolvementWithCoordinatorAndContactPersonTakingPart() {
        Organisation municipality = organisations.save(new Organisation("Gemeente Dalfsen", OrganisationKind.MUNICIPALITY));
        Person coordinator = people.save(Person.professional("Marieke de Vries", "marieke@example.org", null, municipality.id()));
        Person contact = people.save(Person.professional("Jeroen Bakker", null, null, municipality.id()));

        Trajectory trajectory = trajectoryService.start(start(municipality, coordinator, contact, null, null));

        Trajectory stored = trajectoryService.get(trajectory.id());
        assertThat(stored.reference()).matches("PT-\\d{4}-\\d{4}");
        assertThat(stored.phase()).isEqualTo(Phase.EARLY_INVOLVEMENT);
        assertThat(stored.minimumResidents()).isEqualTo(5);
        assertThat(stored.minimumChannels()).isEqualTo(2);
        assertThat(stored.participants()).extracting(Participant::personId).containsExactlyInAnyOrder(coordinator.id(), contact.id());
        assertThat(stored.createdBy()).isEqualTo("system");
        assertThat(stored.createdAt()).isNotNull();
    }

    @Test
    void addsAResidentWithoutAccountOrEmailOnce() {
        Organisation ggd = organisations.save(new Organisation("GGD IJsselland", OrganisationKind.PUBLIC_HEALTH_SERVICE));
        Person coordinator = people.save(Person.professional("Sanne Visser", null, null, ggd.id()));
        Trajectory trajectory = trajectoryService.start(start(ggd, coordinator, coordinator, 3, 1));
        Person resident = people.save(Person.resident("Henk Postma", null, null, null));

        trajectoryService.addParticipant(trajectory.id(), resident.id());
        trajectoryService.addParticipant(trajectory.id(), resident.id());

        assertThat(trajectoryService.get(trajectory.id()).activeResidents()).hasSize(1);
        assertThat(trajectories.findByParticipant(resident.id())).extracting(Trajectory::id).containsExactly(trajectory.id());
    }

    @Test
    void refusesAnIncompleteStartAndStoresNothing() {
        Organisation ggd = organisations.save(new Organisation("GGD Twente", OrganisationKind.PUBLIC_HEALTH_SERVICE));
        Person coordinator = people.save(Person.professional("Pieter van Dijk", null, null, ggd.id()));
        int before = jdbc.queryForObject("select count(*) from trajectory", Integer.class);

        assertThatThrownBy(() -> trajectoryService.start(new StartTrajectory(" ", "Gezondheid", "Raalte",
                TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION, ggd.id(), coordinator.id(),
                coordinator.id(), null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("title"));
        assertThatThrownBy(() -> trajectoryService.start(start(ggd, coordinator, coordinator, 1, 2)))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("minimumResidents"));

        assertThat(jdbc.queryForObject("select count(*) from trajectory", Integer.class)).isEqualTo(before);
    }

    @Test
    void refusesAnEmailAddressThatIsNone() {
        assertThatThrownBy(() -> Person.resident("Daan Mulder", "daan-at-home", null, null))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("email"));
    }

    private static StartTrajectory start(Organisation organisation, Person coordinator, Person contact,
            Integer minimumResidents, Integer minimumChannels) {
        return new StartTrajectory("Samen gezond in de wijk", "Lokaal gezondheidsbeleid", "Dalfsen-Noord",
                TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION, organisation.id(),
                coordinator.id(), contact.id(), minimumResidents, minimumChannels);
    }
}
