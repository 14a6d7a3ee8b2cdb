package nl.participationsuite.domain.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import nl.participationsuite.domain.shared.NotAllowedException;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.testsupport.PostgresTestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
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
    void readsTheLatestProgressUpdatesOfSeveralTrajectoriesAtOnceNewestFirst() throws InterruptedException {
        Organisation ggd = organisations.save(new Organisation("GGD Noord- en Oost-Gelderland", OrganisationKind.PUBLIC_HEALTH_SERVICE));
        Person coordinator = people.save(Person.professional("Ilse Mulder", null, null, ggd.id()));
        Trajectory busy = trajectoryService.start(start(ggd, coordinator, coordinator, null, null));
        Trajectory quiet = trajectoryService.start(start(ggd, coordinator, coordinator, null, null));
        Trajectory silent = trajectoryService.start(start(ggd, coordinator, coordinator, null, null));
        for (int i = 1; i <= 4; i++) {
            trajectoryService.recordProgressUpdate(busy.id(), "Bericht " + i, UpdateChannel.PORTAL);
            Thread.sleep(2);
        }
        trajectoryService.recordProgressUpdate(quiet.id(), "Het enige bericht", UpdateChannel.LETTER);

        var latest = trajectoryService.latestProgressUpdates(List.of(busy.id(), quiet.id(), silent.id()), 3);

        assertThat(latest.get(busy.id())).extracting(ProgressUpdate::message)
                .containsExactly("Bericht 4", "Bericht 3", "Bericht 2");
        assertThat(latest.get(quiet.id())).extracting(ProgressUpdate::message).containsExactly("Het enige bericht");
        assertThat(latest).doesNotContainKey(silent.id());
        assertThat(trajectoryService.latestProgressUpdates(List.of(), 3)).isEmpty();
    }

    @Test
    void addsAResidentWithoutAccountOrEmailOnce() {
        Organisation ggd = organisations.save(new Organisation("GGD IJsselland", OrganisationKind.PUBLIC_HEALTH_SERVICE));
        Person coordinator = people.save(Person.professional("Sanne Visser", null, null, ggd.id()));
        Trajectory trajectory = trajectoryService.start(start(ggd, coordinator, coordinator, 3, 2));
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

    @Test
    void showsAProfessionalTheTrajectoriesOfTheirOrganisationAndWhereTheyTakePart() {
        Organisation dalfsen = organisations.save(new Organisation("Gemeente Dalfsen", OrganisationKind.MUNICIPALITY));
        Organisation ggd = organisations.save(new Organisation("GGD IJsselland", OrganisationKind.PUBLIC_HEALTH_SERVICE));
        Person colleague = people.save(Person.professional("Sanne Visser", null, null, dalfsen.id()));
        Person outsider = people.save(Person.professional("Kees Meijer", null, null, ggd.id()));
        Person resident = people.save(Person.resident("Fenna de Boer", null, null, null));
        Trajectory own = trajectoryService.start(start(dalfsen, colleague, colleague, null, null));
        Person coordinator = people.save(Person.professional("Jeroen Bakker", null, null, dalfsen.id()));
        Trajectory colleagues = trajectoryService.start(start(dalfsen, coordinator, coordinator, null, null));
        trajectoryService.addParticipant(colleagues.id(), resident.id());

        assertThat(trajectoryService.visibleTo(outsider.id(), PageRequest.of(0, 10)).getContent())
                .extracting(Trajectory::id).doesNotContain(own.id(), colleagues.id());
        assertThat(trajectoryService.visibleTo(colleague.id(), PageRequest.of(0, 10)).getContent())
                .extracting(Trajectory::id).contains(own.id(), colleagues.id());
        assertThat(trajectoryService.visibleTo(resident.id(), PageRequest.of(0, 10)).getContent())
                .extracting(Trajectory::id).containsExactly(colleagues.id());
        assertThatThrownBy(() -> trajectoryService.visibleTo(own.id(), outsider.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> trajectoryService.visibleTo(own.id(), resident.id())).isInstanceOf(NotFoundException.class);
        assertThat(trajectoryService.coordinatedBy(own.id(), colleague.id()).id()).isEqualTo(own.id());
        assertThatThrownBy(() -> trajectoryService.coordinatedBy(colleagues.id(), colleague.id()))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> trajectoryService.coordinatedBy(own.id(), outsider.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theCoordinatorAndTheProfessionalsTakingPartWorkOnATrajectoryOthersOnlySeeIt() {
        Organisation dalfsen = organisations.save(new Organisation("Gemeente Dalfsen", OrganisationKind.MUNICIPALITY));
        Person coordinator = people.save(Person.professional("Jeroen Bakker", null, null, dalfsen.id()));
        Person professional = people.save(Person.professional("Sanne Visser", null, null, dalfsen.id()));
        Person colleague = people.save(Person.professional("Kees Meijer", null, null, dalfsen.id()));
        Person resident = people.save(Person.resident("Fenna de Boer", null, null, null));
        Trajectory trajectory = trajectoryService.start(start(dalfsen, coordinator, coordinator, null, null));
        trajectoryService.addParticipant(trajectory.id(), professional.id());
        trajectoryService.addParticipant(trajectory.id(), resident.id());

        assertThat(trajectoryService.workedOnBy(trajectory.id(), coordinator.id()).id()).isEqualTo(trajectory.id());
        assertThat(trajectoryService.workedOnBy(trajectory.id(), professional.id()).id()).isEqualTo(trajectory.id());
        for (Person onlySees : List.of(colleague, resident)) {
            assertThatThrownBy(() -> trajectoryService.workedOnBy(trajectory.id(), onlySees.id()))
                    .isInstanceOf(NotAllowedException.class);
        }
        Organisation ggd = organisations.save(new Organisation("GGD IJsselland", OrganisationKind.PUBLIC_HEALTH_SERVICE));
        Person outsider = people.save(Person.professional("Lotte Brink", null, null, ggd.id()));
        assertThatThrownBy(() -> trajectoryService.workedOnBy(trajectory.id(), outsider.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void readsTheOpenTrajectoriesAPersonWorksInAsHeadingsCappedAndByReference() {
        Organisation ggd = organisations.save(new Organisation("GGD Drenthe", OrganisationKind.PUBLIC_HEALTH_SERVICE));
        Person coordinator = people.save(Person.professional("Lotte Brink", null, null, ggd.id()));
        Person professional = people.save(Person.professional("Ruben Kok", null, null, ggd.id()));
        Trajectory coordinated = trajectoryService.start(start(ggd, coordinator, coordinator, null, null));
        Trajectory joined = trajectoryService.start(start(ggd, coordinator, coordinator, null, null));
        Trajectory closed = trajectoryService.start(start(ggd, coordinator, coordinator, null, null));
        trajectoryService.addParticipant(joined.id(), professional.id());
        Participant inClosed = trajectoryService.addParticipant(closed.id(), professional.id());
        trajectoryService.closeEarly(closed.id(), "Geen inwoners gevonden");

        assertThat(trajectoryService.openWorkedOnBy(professional.id(), 10)).extracting(TrajectoryHeading::id)
                .containsExactly(joined.id());
        assertThat(trajectoryService.openWorkedOnBy(coordinator.id(), 10)).extracting(TrajectoryHeading::id)
                .containsExactly(joined.id(), coordinated.id());
        assertThat(trajectoryService.openWorkedOnBy(coordinator.id(), 2)).hasSize(2);
        assertThat(trajectoryService.openWorkedOnBy(professional.id(), joined.reference().toLowerCase()))
                .hasValue(new TrajectoryHeading(joined.id(), joined.reference(), joined.title()));
        assertThat(trajectoryService.openWorkedOnBy(professional.id(), coordinated.reference())).isEmpty();
        assertThat(trajectoryService.headings(List.of(coordinated.id(), closed.id()))).extracting(TrajectoryHeading::reference)
                .containsExactlyInAnyOrder(coordinated.reference(), closed.reference());
        assertThat(trajectoryService.activeParticipations(professional.id())).extracting(ActiveParticipation::trajectoryId)
                .containsExactly(closed.id(), joined.id());
        assertThat(trajectoryService.activeParticipations(professional.id())).first()
                .isEqualTo(new ActiveParticipation(closed.id(), closed.title(), Phase.CLOSED, coordinator.id(),
                        inClosed.id()));
    }

    private static StartTrajectory start(Organisation organisation, Person coordinator, Person contact,
            Integer minimumResidents, Integer minimumChannels) {
        return new StartTrajectory("Samen gezond in de wijk", "Lokaal gezondheidsbeleid", "Dalfsen-Noord",
                TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION, organisation.id(),
                coordinator.id(), contact.id(), minimumResidents, minimumChannels);
    }
}
