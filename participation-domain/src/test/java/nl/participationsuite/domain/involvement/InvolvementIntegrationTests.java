package nl.participationsuite.domain.involvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Organisation;
import nl.participationsuite.domain.trajectory.OrganisationKind;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectories;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.PostgresTestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest
@ContextConfiguration(initializers = PostgresTestDatabaseInitializer.class)
class InvolvementIntegrationTests {

    @Autowired
    InvolvementService involvement;

    @Autowired
    TrajectoryService trajectoryService;

    @Autowired
    Trajectories trajectories;

    @Autowired
    Organisations organisations;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void fiveResidentsFromTwoChannelsMeetTheGate() {
        Setup setup = trajectoryWithResidents(5);
        ExistingNetwork council = involvement.mapNetwork(setup.trajectoryId(),
                new MapNetwork(NetworkKind.VILLAGE_OR_NEIGHBOURHOOD_COUNCIL, "Dorpsraad Lemelerveld", "secretaris via de bieb"));

        for (int i = 0; i < 3; i++) {
            involvement.recordRecruitment(setup.trajectoryId(), setup.residents().get(i), RecruitmentChannel.EXISTING_NETWORK, council.id());
        }
        involvement.recordRecruitment(setup.trajectoryId(), setup.residents().get(3), RecruitmentChannel.DOOR_TO_DOOR, null);
        EarlyInvolvementStatus beforeTheLast = involvement.status(setup.trajectoryId());
        involvement.recordRecruitment(setup.trajectoryId(), setup.residents().get(4), RecruitmentChannel.DOOR_TO_DOOR, null);

        assertThat(beforeTheLast).isEqualTo(new EarlyInvolvementStatus(4, 2, 5, 2));
        assertThat(beforeTheLast.thresholdsMet()).isFalse();
        EarlyInvolvementStatus status = involvement.status(setup.trajectoryId());
        assertThat(status).isEqualTo(new EarlyInvolvementStatus(5, 2, 5, 2));
        assertThat(status.thresholdsMet()).isTrue();
        assertThat(involvement.networks(setup.trajectoryId())).extracting(ExistingNetwork::name).containsExactly("Dorpsraad Lemelerveld");
        assertThat(jdbc.queryForList("select channel, network_id, created_by from recruitment where trajectory_id = ? order by channel",
                setup.trajectoryId().value()))
                .extracting(row -> row.get("channel") + "/" + (row.get("network_id") != null) + "/" + row.get("created_by"))
                .containsExactly("DOOR_TO_DOOR/false/system", "DOOR_TO_DOOR/false/system", "EXISTING_NETWORK/true/system",
                        "EXISTING_NETWORK/true/system", "EXISTING_NETWORK/true/system");
    }

    @Test
    void residentsWhoSteppedBackNoLongerCountNorDoTheirChannels() {
        Setup setup = trajectoryWithResidents(3);
        involvement.recordRecruitment(setup.trajectoryId(), setup.residents().get(0), RecruitmentChannel.ONLINE, null);
        involvement.recordRecruitment(setup.trajectoryId(), setup.residents().get(1), RecruitmentChannel.ONLINE, null);
        involvement.recordRecruitment(setup.trajectoryId(), setup.residents().get(2), RecruitmentChannel.EVENT, null);

        Trajectory trajectory = trajectoryService.get(setup.trajectoryId());
        trajectory.stepBack(setup.residents().get(2), clock.instant());
        trajectories.save(trajectory);

        assertThat(involvement.status(setup.trajectoryId())).isEqualTo(new EarlyInvolvementStatus(2, 1, 5, 2));
        assertThat(involvement.recruitments(setup.trajectoryId())).hasSize(3);
    }

    @Test
    void refusesToRecordAProfessionalAsARecruitedResident() {
        Setup setup = trajectoryWithResidents(1);
        ParticipantId coordinator = trajectoryService.get(setup.trajectoryId()).participantOf(setup.coordinator().id())
                .orElseThrow().id();

        assertViolation(() -> involvement.recordRecruitment(setup.trajectoryId(), coordinator, RecruitmentChannel.ONLINE, null),
                "participantId", "recruitment.not-a-resident");

        assertThat(recruitmentsOf(setup.trajectoryId())).isZero();
    }

    @Test
    void refusesAResidentOfAnotherTrajectory() {
        Setup setup = trajectoryWithResidents(1);
        Setup other = trajectoryWithResidents(1);

        assertViolation(() -> involvement.recordRecruitment(setup.trajectoryId(), other.residents().get(0),
                RecruitmentChannel.ONLINE, null), "participantId", "participant.unknown");

        assertThat(recruitmentsOf(setup.trajectoryId())).isZero();
        assertThat(recruitmentsOf(other.trajectoryId())).isZero();
    }

    @Test
    void refusesAnExistingNetworkChannelWithoutANetworkOfThatTrajectory() {
        Setup setup = trajectoryWithResidents(1);
        Setup other = trajectoryWithResidents(0);
        ExistingNetwork elsewhere = involvement.mapNetwork(other.trajectoryId(),
                new MapNetwork(NetworkKind.SPORTS_CLUB, "VV Heino", null));
        ExistingNetwork own = involvement.mapNetwork(setup.trajectoryId(),
                new MapNetwork(NetworkKind.CHURCH_COUNCIL, "Kerkenraad Heino", null));
        ParticipantId resident = setup.residents().get(0);

        assertViolation(() -> involvement.recordRecruitment(setup.trajectoryId(), resident, RecruitmentChannel.EXISTING_NETWORK, null),
                "networkId", "recruitment.network-required");
        assertViolation(() -> involvement.recordRecruitment(setup.trajectoryId(), resident, RecruitmentChannel.EXISTING_NETWORK, elsewhere.id()),
                "networkId", "recruitment.network-unknown");
        assertViolation(() -> involvement.recordRecruitment(setup.trajectoryId(), resident, RecruitmentChannel.EXISTING_NETWORK, ExistingNetworkId.random()),
                "networkId", "recruitment.network-unknown");
        assertViolation(() -> involvement.recordRecruitment(setup.trajectoryId(), resident, RecruitmentChannel.ONLINE, own.id()),
                "networkId", "recruitment.network-not-applicable");
        assertViolation(() -> involvement.recordRecruitment(setup.trajectoryId(), resident, null, null),
                "channel", "required");

        assertThat(recruitmentsOf(setup.trajectoryId())).isZero();
    }

    @Test
    void recordsOneRecruitmentPerResident() {
        Setup setup = trajectoryWithResidents(1);
        ParticipantId resident = setup.residents().get(0);
        involvement.recordRecruitment(setup.trajectoryId(), resident, RecruitmentChannel.FRONT_LINE_PROFESSIONAL, null);

        assertViolation(() -> involvement.recordRecruitment(setup.trajectoryId(), resident, RecruitmentChannel.PERSONAL_NETWORK, null),
                "participantId", "recruitment.already-recorded");

        assertThat(jdbc.queryForList("select channel from recruitment where trajectory_id = ?", String.class,
                setup.trajectoryId().value())).containsExactly("FRONT_LINE_PROFESSIONAL");
    }

    @Test
    void refusesANetworkWithoutKindOrNameAndStoresNothing() {
        Setup setup = trajectoryWithResidents(0);

        assertViolation(() -> involvement.mapNetwork(setup.trajectoryId(), new MapNetwork(NetworkKind.OTHER_CLUB, "  ", null)),
                "name", "required");
        assertViolation(() -> involvement.mapNetwork(setup.trajectoryId(), new MapNetwork(null, "Buurtclub", null)),
                "kind", "required");
        assertViolation(() -> involvement.mapNetwork(setup.trajectoryId(), new MapNetwork(NetworkKind.OTHER_CLUB, "Buurtclub", "x".repeat(1001))),
                "contactNote", "too-long");

        assertThat(jdbc.queryForObject("select count(*) from existing_network where trajectory_id = ?", Integer.class,
                setup.trajectoryId().value())).isZero();
    }

    @Test
    void remindsTheCoordinatorWithTheStatusOfThatMoment() {
        Setup setup = trajectoryWithResidents(2);
        involvement.recordRecruitment(setup.trajectoryId(), setup.residents().get(0), RecruitmentChannel.ONLINE, null);

        CoordinatorReminder first = involvement.remindCoordinator(setup.trajectoryId());
        involvement.recordRecruitment(setup.trajectoryId(), setup.residents().get(1), RecruitmentChannel.EVENT, null);
        involvement.remindCoordinator(setup.trajectoryId());

        assertThat(first.coordinatorId()).isEqualTo(setup.coordinator().id());
        assertThat(involvement.reminders(setup.trajectoryId()))
                .extracting(CoordinatorReminder::involvedResidents, CoordinatorReminder::distinctChannels)
                .containsExactly(tuple(1, 1), tuple(2, 2));
        assertThat(jdbc.queryForList("select coordinator_id from involvement_reminder where trajectory_id = ?",
                UUID.class, setup.trajectoryId().value())).containsOnly(setup.coordinator().id().value());
    }

    @Test
    void refusesChangesToAClosedTrajectory() {
        Setup setup = trajectoryWithResidents(1);
        Trajectory trajectory = trajectoryService.get(setup.trajectoryId());
        trajectory.close(clock.instant());
        trajectories.save(trajectory);

        assertViolation(() -> involvement.recordRecruitment(setup.trajectoryId(), setup.residents().get(0), RecruitmentChannel.ONLINE, null),
                "trajectory", "trajectory.closed");
        assertViolation(() -> involvement.mapNetwork(setup.trajectoryId(), new MapNetwork(NetworkKind.OTHER_CLUB, "Buurtclub", null)),
                "trajectory", "trajectory.closed");
        assertViolation(() -> involvement.remindCoordinator(setup.trajectoryId()), "trajectory", "trajectory.closed");

        assertThat(recruitmentsOf(setup.trajectoryId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from involvement_reminder where trajectory_id = ?", Integer.class,
                setup.trajectoryId().value())).isZero();
    }

    @Test
    void answersAnUnknownTrajectoryWithNotFound() {
        assertThatThrownBy(() -> involvement.status(TrajectoryId.random())).isInstanceOf(NotFoundException.class);
    }

    private int recruitmentsOf(TrajectoryId trajectoryId) {
        return jdbc.queryForObject("select count(*) from recruitment where trajectory_id = ?", Integer.class, trajectoryId.value());
    }

    private static void assertViolation(Runnable action, String field, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolationException.class, ex -> {
            assertThat(ex.field()).isEqualTo(field);
            assertThat(ex.code()).isEqualTo(code);
        });
    }

    private Setup trajectoryWithResidents(int residents) {
        Organisation municipality = organisations.save(new Organisation("Gemeente Ommen", OrganisationKind.MUNICIPALITY));
        Person coordinator = people.save(Person.professional("Anouk Smit", null, null, municipality.id()));
        Trajectory trajectory = trajectoryService.start(new StartTrajectory("Samen gezond in Ommen", "Gezondheid",
                "Ommen-Oost", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION, municipality.id(),
                coordinator.id(), coordinator.id(), null, null));
        List<ParticipantId> participants = IntStream.range(0, residents)
                .mapToObj(i -> people.save(Person.resident("Inwoner " + i, null, null, null)))
                .map(resident -> trajectoryService.addParticipant(trajectory.id(), resident.id()).id())
                .toList();
        return new Setup(trajectory.id(), coordinator, participants);
    }

    private record Setup(TrajectoryId trajectoryId, Person coordinator, List<ParticipantId> residents) {
    }
}
