package nl.participationsuite.domain.motivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.PostgresTestDatabaseInitializer;
import nl.participationsuite.domain.meetings.VenueType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest
@ContextConfiguration(initializers = PostgresTestDatabaseInitializer.class)
class MotivationIntegrationTests {

    @Autowired
    MotivationService motivation;

    @Autowired
    TrajectoryService trajectoryService;

    @Autowired
    Organisations organisations;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void recordsTheProfileFromTheMotivationConversation() {
        Setup setup = trajectoryWithResidents(1);

        motivation.record(setup.trajectoryId(), conversation(setup, 0, 12));

        MotivationProfile profile = motivation.get(setup.trajectoryId(), setup.resident(0));
        assertThat(profile.revision()).isEqualTo(1);
        assertThat(profile.history()).isEmpty();
        assertThat(profile.motivation().energySources()).containsExactlyInAnyOrder(EnergySource.BUDDY, EnergySource.SHARING_IDEAS);
        assertThat(profile.motivation().hoursPerMonth()).isEqualTo(12);
        assertThat(profile.motivation().involvementKinds()).containsExactly(ParticipationLevel.CONSULTATION);
        assertThat(profile.motivation().preferredTimes()).containsExactlyInAnyOrder(PreferredTime.EVENING, PreferredTime.WEEKEND);
        assertThat(profile.motivation().supportNeeds()).isEqualTo("Vervoer naar de bijeenkomst");
        assertThat(profile.motivation().source()).isEqualTo(ProfileSource.CONVERSATION);
        assertThat(profile.motivation().recordedBy()).isEqualTo(setup.coordinator().id());
        assertThat(profile.motivation().recordedAt()).isNotNull();
        Map<String, Object> row = jdbc.queryForMap(
                "select energy_sources, preferred_times, created_by from motivation_profile where participant_id = ?",
                setup.resident(0).value());
        assertThat(row).containsEntry("energy_sources", "BUDDY,SHARING_IDEAS")
                .containsEntry("preferred_times", "EVENING,WEEKEND").containsEntry("created_by", "system");
    }

    @Test
    void countsTheResidentsPreferredTimesAndKindsOfVenue() {
        Setup setup = trajectoryWithResidents(2);
        motivation.record(setup.trajectoryId(), conversation(setup, 0, 12));
        motivation.record(setup.trajectoryId(), new RecordMotivation(setup.resident(1),
                EnumSet.of(EnergySource.ORGANISING), 4, EnumSet.of(ParticipationLevel.PARTICIPATION),
                EnumSet.of(PreferredTime.MORNING), null, ProfileSource.RESIDENT, setup.residentPeople().get(1),
                EnumSet.of(VenueType.LIBRARY, VenueType.SPORTS_CLUB)));

        ResidentPreferences preferences = motivation.residentPreferences(setup.trajectoryId());

        assertThat(preferences.residents()).isEqualTo(2);
        assertThat(preferences.residentsChoosing(PreferredTime.MORNING)).isEqualTo(1);
        assertThat(preferences.venueResidents()).isEqualTo(1);
        assertThat(preferences.noneChose(VenueType.LIBRARY)).isFalse();
        assertThat(preferences.noneChose(VenueType.INSTITUTION)).isTrue();
        assertThat(motivation.get(setup.trajectoryId(), setup.resident(1)).motivation().preferredVenueTypes())
                .containsExactlyInAnyOrder(VenueType.LIBRARY, VenueType.SPORTS_CLUB);
    }

    @Test
    void aConversationThatDoesNotAskAboutVenuesKeepsTheKindsTheResidentChose() {
        Setup setup = trajectoryWithResidents(1);
        motivation.record(setup.trajectoryId(), new RecordMotivation(setup.resident(0),
                EnumSet.of(EnergySource.ORGANISING), 4, EnumSet.of(ParticipationLevel.PARTICIPATION),
                EnumSet.of(PreferredTime.MORNING), null, ProfileSource.RESIDENT, setup.residentPeople().get(0),
                EnumSet.of(VenueType.LIBRARY)));

        motivation.record(setup.trajectoryId(), conversation(setup, 0, 6));

        assertThat(motivation.get(setup.trajectoryId(), setup.resident(0)).motivation().preferredVenueTypes())
                .as("the conversation form has no venue question: nothing the resident chose is lost")
                .containsExactly(VenueType.LIBRARY);
        assertThat(motivation.get(setup.trajectoryId(), setup.resident(0)).motivation().hoursPerMonth()).isEqualTo(6);
    }

    @Test
    void aResidentChangesTheirBoundariesAndTheEarlierVersionIsKept() {
        Setup setup = trajectoryWithResidents(1);
        motivation.record(setup.trajectoryId(), conversation(setup, 0, 12));

        MotivationProfile changed = motivation.record(setup.trajectoryId(), new RecordMotivation(setup.resident(0),
                EnumSet.of(EnergySource.DECISION_MAKING), 4, EnumSet.of(ParticipationLevel.PARTICIPATION),
                EnumSet.of(PreferredTime.MORNING), null, ProfileSource.RESIDENT, setup.residentPeople().get(0)));

        assertThat(changed.revision()).isEqualTo(2);
        assertThat(changed.motivation().hoursPerMonth()).isEqualTo(4);
        assertThat(changed.motivation().source()).isEqualTo(ProfileSource.RESIDENT);
        assertThat(changed.motivation().supportNeeds()).isNull();
        MotivationProfile stored = motivation.get(setup.trajectoryId(), setup.resident(0));
        assertThat(stored.history()).singleElement().satisfies(earlier -> {
            assertThat(earlier.revision()).isEqualTo(1);
            assertThat(earlier.motivation().hoursPerMonth()).isEqualTo(12);
            assertThat(earlier.motivation().recordedBy()).isEqualTo(setup.coordinator().id());
            assertThat(earlier.supersededAt()).isEqualTo(stored.motivation().recordedAt());
            assertThat(earlier.createdBy()).isEqualTo("system");
        });
        assertThat(profileRows(setup)).isEqualTo(1);
        assertThat(historyRows(setup)).isEqualTo(1);
    }

    @Test
    void refusesHoursOutsideZeroToOneHundredSixtyAndStoresNothing() {
        Setup setup = trajectoryWithResidents(1);

        assertViolation(() -> motivation.record(setup.trajectoryId(), conversation(setup, 0, 161)),
                "hoursPerMonth", "motivation.hours-out-of-range");
        assertViolation(() -> motivation.record(setup.trajectoryId(), conversation(setup, 0, -1)),
                "hoursPerMonth", "motivation.hours-out-of-range");
        assertViolation(() -> motivation.record(setup.trajectoryId(), conversation(setup, 0, null)),
                "hoursPerMonth", "required");

        assertThat(profileRows(setup)).isZero();
        assertThat(motivation.find(setup.trajectoryId(), setup.resident(0))).isEmpty();
    }

    @Test
    void acceptsTheBoundsOfZeroAndOneHundredSixtyHours() {
        Setup setup = trajectoryWithResidents(2);

        motivation.record(setup.trajectoryId(), conversation(setup, 0, 0));
        motivation.record(setup.trajectoryId(), conversation(setup, 1, 160));

        assertThat(motivation.list(setup.trajectoryId())).extracting(profile -> profile.motivation().hoursPerMonth())
                .containsExactlyInAnyOrder(0, 160);
    }

    @Test
    void refusedChangesLeaveTheCurrentVersionAndHistoryAsTheyWere() {
        Setup setup = trajectoryWithResidents(1);
        motivation.record(setup.trajectoryId(), conversation(setup, 0, 12));
        RecordMotivation tooLong = new RecordMotivation(setup.resident(0), Set.of(), 8, Set.of(), Set.of(),
                "x".repeat(2001), ProfileSource.RESIDENT, setup.residentPeople().get(0));

        assertViolation(() -> motivation.record(setup.trajectoryId(), tooLong), "supportNeeds", "too-long");

        MotivationProfile stored = motivation.get(setup.trajectoryId(), setup.resident(0));
        assertThat(stored.revision()).isEqualTo(1);
        assertThat(stored.motivation().hoursPerMonth()).isEqualTo(12);
        assertThat(historyRows(setup)).isZero();
    }

    @Test
    void refusesAProfileForAProfessional() {
        Setup setup = trajectoryWithResidents(0);
        ParticipantId coordinator = trajectoryService.get(setup.trajectoryId()).participantOf(setup.coordinator().id())
                .orElseThrow().id();

        assertViolation(() -> motivation.record(setup.trajectoryId(), new RecordMotivation(coordinator, Set.of(), 8,
                Set.of(), Set.of(), null, ProfileSource.RESIDENT, setup.coordinator().id())),
                "participantId", "motivation.not-a-resident");

        assertThat(profileRows(setup)).isZero();
    }

    @Test
    void onlyTheResidentThemselfOrAProfessionalOfTheTrajectoryRecordsAProfile() {
        Setup setup = trajectoryWithResidents(2);
        Person outsider = people.save(Person.professional("Buiten Staander", null, null,
                organisations.save(new Organisation("Welzijn Salland", OrganisationKind.CARE_WELFARE_ORGANISATION)).id()));
        PersonId otherResident = setup.residentPeople().get(1);

        assertViolation(() -> motivation.record(setup.trajectoryId(), record(setup, 0, ProfileSource.RESIDENT, otherResident)),
                "recordedBy", "motivation.recorder-not-allowed");
        assertViolation(() -> motivation.record(setup.trajectoryId(), record(setup, 0, ProfileSource.CONVERSATION, otherResident)),
                "recordedBy", "motivation.recorder-not-allowed");
        assertViolation(() -> motivation.record(setup.trajectoryId(), record(setup, 0, ProfileSource.CONVERSATION, outsider.id())),
                "recordedBy", "motivation.recorder-not-allowed");
        assertViolation(() -> motivation.record(setup.trajectoryId(), record(setup, 0, null, setup.coordinator().id())),
                "source", "required");

        assertThat(profileRows(setup)).isZero();
    }

    @Test
    void answersAProfileNotYetRecordedWithNotFound() {
        Setup setup = trajectoryWithResidents(1);

        assertThatThrownBy(() -> motivation.get(setup.trajectoryId(), setup.resident(0))).isInstanceOf(NotFoundException.class);
    }

    private RecordMotivation conversation(Setup setup, int resident, Integer hours) {
        return new RecordMotivation(setup.resident(resident), EnumSet.of(EnergySource.SHARING_IDEAS, EnergySource.BUDDY),
                hours, EnumSet.of(ParticipationLevel.CONSULTATION), EnumSet.of(PreferredTime.WEEKEND, PreferredTime.EVENING),
                " Vervoer naar de bijeenkomst ", ProfileSource.CONVERSATION, setup.coordinator().id());
    }

    private static RecordMotivation record(Setup setup, int resident, ProfileSource source, PersonId recordedBy) {
        return new RecordMotivation(setup.resident(resident), Set.of(EnergySource.ORGANISING), 10, null, null, null,
                source, recordedBy);
    }

    private int profileRows(Setup setup) {
        return jdbc.queryForObject("select count(*) from motivation_profile where trajectory_id = ?", Integer.class,
                setup.trajectoryId().value());
    }

    private int historyRows(Setup setup) {
        return jdbc.queryForObject("select count(*) from motivation_profile_history h join motivation_profile p"
                + " on p.id = h.profile_id where p.trajectory_id = ?", Integer.class, setup.trajectoryId().value());
    }

    private static void assertViolation(Runnable action, String field, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolationException.class, ex -> {
            assertThat(ex.field()).isEqualTo(field);
            assertThat(ex.code()).isEqualTo(code);
        });
    }

    private Setup trajectoryWithResidents(int residents) {
        Organisation ggd = organisations.save(new Organisation("GGD IJsselland", OrganisationKind.PUBLIC_HEALTH_SERVICE));
        Person coordinator = people.save(Person.professional("Sanne Visser", null, null, ggd.id()));
        Trajectory trajectory = trajectoryService.start(new StartTrajectory("Bewegen in Raalte", "Gezondheid", "Raalte",
                TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION, ggd.id(), coordinator.id(),
                coordinator.id(), null, null));
        List<Person> residentPeople = IntStream.range(0, residents)
                .mapToObj(i -> people.save(Person.resident("Inwoner " + i, null, null, null))).toList();
        List<ParticipantId> participants = residentPeople.stream()
                .map(resident -> trajectoryService.addParticipant(trajectory.id(), resident.id()).id()).toList();
        return new Setup(trajectory.id(), coordinator, residentPeople.stream().map(Person::id).toList(), participants);
    }

    private record Setup(TrajectoryId trajectoryId, Person coordinator, List<PersonId> residentPeople,
            List<ParticipantId> residents) {

        ParticipantId resident(int index) {
            return residents.get(index);
        }
    }
}
