package nl.participationsuite.domain.involvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import nl.participationsuite.domain.shared.NotAllowedException;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Organisation;
import nl.participationsuite.domain.trajectory.OrganisationKind;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.PostgresTestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/** The coordinator registers a recruited resident in one go, and links them to a portal account once. */
@SpringBootTest
@ContextConfiguration(initializers = PostgresTestDatabaseInitializer.class)
class ResidentRegistrationIntegrationTests {

    @Autowired
    ResidentRegistration registration;

    @Autowired
    InvolvementService involvement;

    @Autowired
    TrajectoryService trajectoryService;

    @Autowired
    Organisations organisations;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void registersThePersonTheParticipantAndTheRecruitmentTogether() {
        Trajectory trajectory = trajectory();

        Participant participant = registration.register(trajectory.id(), trajectory.coordinatorId(),
                new RegisterResident("Fatima el Amrani", "fatima@example.org", null, RecruitmentChannel.DOOR_TO_DOOR, null));

        Person person = people.findById(participant.personId()).orElseThrow();
        assertThat(person.isResident()).isTrue();
        assertThat(person.displayName()).isEqualTo("Fatima el Amrani");
        assertThat(person.organisationId()).isNull();
        assertThat(person.hasAccount()).isFalse();
        assertThat(trajectoryService.get(trajectory.id()).activeResidents()).extracting(Participant::id)
                .containsExactly(participant.id());
        assertThat(involvement.status(trajectory.id()).involvedResidents()).isEqualTo(1);
    }

    @Test
    void storesNothingWhenTheRecruitmentBreaksARule() {
        Trajectory trajectory = trajectory();
        long peopleBefore = people.count();

        assertThatThrownBy(() -> registration.register(trajectory.id(), trajectory.coordinatorId(),
                new RegisterResident("Kees Jansen", null, null, RecruitmentChannel.EXISTING_NETWORK, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("networkId"));

        assertThat(people.count()).isEqualTo(peopleBefore);
        assertThat(trajectoryService.get(trajectory.id()).activeResidents()).isEmpty();
    }

    @Test
    void onlyTheCoordinatorRegistersAndLinks() {
        Trajectory trajectory = trajectory();
        Person colleague = people.save(Person.professional("Jeroen Bakker", null, null, trajectory.organisationId()));
        Participant resident = registration.register(trajectory.id(), trajectory.coordinatorId(),
                new RegisterResident("Kees Jansen", null, null, RecruitmentChannel.EVENT, null));

        assertThatThrownBy(() -> registration.register(trajectory.id(), colleague.id(),
                new RegisterResident("Piet", null, null, RecruitmentChannel.EVENT, null)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> registration.linkAccount(trajectory.id(), colleague.id(), resident.id(), "kc-1"))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> registration.linkAccount(trajectory.id(), trajectory.coordinatorId(),
                trajectoryService.get(trajectory.id()).participantOf(trajectory.coordinatorId()).orElseThrow().id(), "kc-1"))
                .as("the coordinator is no resident").isInstanceOf(NotFoundException.class);
    }

    @Test
    void linksAnAccountOnceAndRefusesASecond() {
        Trajectory trajectory = trajectory();
        Participant resident = registration.register(trajectory.id(), trajectory.coordinatorId(),
                new RegisterResident("Kees Jansen", null, null, RecruitmentChannel.EVENT, null));
        String subject = UUID.randomUUID().toString();

        registration.linkAccount(trajectory.id(), trajectory.coordinatorId(), resident.id(), subject);

        assertThat(people.findByKeycloakSubject(subject)).map(Person::id).contains(resident.personId());
        assertThatThrownBy(() -> registration.linkAccount(trajectory.id(), trajectory.coordinatorId(), resident.id(),
                UUID.randomUUID().toString()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("person.already-linked"));
        assertThat(people.findById(resident.personId()).orElseThrow().keycloakSubject()).isEqualTo(subject);
    }

    private Trajectory trajectory() {
        Organisation municipality = organisations.save(new Organisation("Gemeente Hardenberg", OrganisationKind.MUNICIPALITY));
        Person coordinator = people.save(Person.professional("Anouk Smit", null, null, municipality.id()));
        return trajectoryService.start(new StartTrajectory("Samen gezond in Hardenberg", "Gezondheid", "Hardenberg",
                TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION,
                municipality.id(), coordinator.id(), coordinator.id(), null, null));
    }
}
