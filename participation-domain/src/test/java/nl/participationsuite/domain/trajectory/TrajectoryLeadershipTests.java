package nl.participationsuite.domain.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import nl.participationsuite.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The leadership and recruitment-channel rules of a trajectory, without a database. */
class TrajectoryLeadershipTests {

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

    private final OrganisationId municipality = OrganisationId.random();

    private final OrganisationId ggd = OrganisationId.random();

    private final Person marieke = Person.professional("Marieke de Vries", null, null, municipality);

    private final Person jeroen = Person.professional("Jeroen Bakker", null, null, municipality);

    private final Person sanne = Person.professional("Sanne Visser", null, null, ggd);

    private final Person outsider = Person.professional("Piet Buiten", null, null, OrganisationId.random());

    private final Person fatima = Person.resident("Fatima El Amrani", null, null, null);

    @Test
    void refusesAResidentCoordinatorForAnOrganisationProject() {
        assertRefused(() -> start(TrajectoryKind.ORGANISATION_PROJECT, fatima, marieke, null, null),
                "coordinatorId", "trajectory.resident-coordinator-only-for-initiative");
    }

    @Test
    void acceptsAResidentCoordinatorWhoIsAlsoTheContactPersonOfAResidentInitiative() {
        Trajectory trajectory = start(TrajectoryKind.RESIDENT_INITIATIVE, fatima, fatima, null, null);

        assertThat(trajectory.coordinatorId()).isEqualTo(fatima.id());
        assertThat(trajectory.contactPersonId()).isEqualTo(fatima.id());
        assertThat(trajectory.participantOf(fatima.id())).get().extracting(Participant::isResident).isEqualTo(true);
    }

    @Test
    void refusesAResidentContactPersonWhoDoesNotCoordinate() {
        assertRefused(() -> start(TrajectoryKind.RESIDENT_INITIATIVE, marieke, fatima, null, null),
                "contactPersonId", "trajectory.contact-person-not-a-professional");
    }

    @Test
    void refusesAContactPersonOfNoneOfTheTrajectorysOrganisations() {
        assertRefused(() -> start(TrajectoryKind.ORGANISATION_PROJECT, marieke, outsider, null, null),
                "contactPersonId", "trajectory.contact-person-not-of-its-organisations");
    }

    @Test
    void acceptsAContactPersonOfTheCoordinatorsOrganisation() {
        Trajectory trajectory = new Trajectory("PT-2026-0001", start(TrajectoryKind.ORGANISATION_PROJECT, ggd, marieke,
                jeroen, null, null), marieke, jeroen, NOW);

        assertThat(trajectory.contactPersonId()).isEqualTo(jeroen.id());
    }

    @Test
    void refusesASingleRecruitmentChannelWithoutJustification() {
        assertRefused(() -> start(TrajectoryKind.ORGANISATION_PROJECT, marieke, marieke, 1, "  "),
                "minimumChannelsJustification", "trajectory.single-channel-unjustified");
    }

    @Test
    void keepsTheJustificationOfASingleRecruitmentChannel() {
        Trajectory trajectory = start(TrajectoryKind.ORGANISATION_PROJECT, marieke, marieke, 1,
                " Alleen de dorpsraad vertegenwoordigt dit gehucht. ");

        assertThat(trajectory.minimumChannels()).isEqualTo(1);
        assertThat(trajectory.minimumChannelsJustification()).isEqualTo("Alleen de dorpsraad vertegenwoordigt dit gehucht.");
    }

    @Test
    void keepsNoJustificationFromTwoChannelsOn() {
        Trajectory trajectory = start(TrajectoryKind.ORGANISATION_PROJECT, marieke, marieke, null, "niet nodig");

        assertThat(trajectory.minimumChannels()).isEqualTo(2);
        assertThat(trajectory.minimumChannelsJustification()).isNull();
    }

    @Test
    void handsTheCoordinationToAProfessionalOfAPartnerOrganisationAndRecordsWhoWhyAndWhen() {
        Trajectory trajectory = start(TrajectoryKind.ORGANISATION_PROJECT, marieke, jeroen, null, null);
        trajectory.join(sanne, NOW);

        LeadershipHandover handover = trajectory.handOver(LeadershipRole.COORDINATOR, sanne, marieke.id(),
                " Marieke gaat met verlof. ", Set.of(ggd), NOW.plusSeconds(60));

        assertThat(trajectory.coordinatorId()).isEqualTo(sanne.id());
        assertThat(trajectory.isWorkedOnBy(sanne.id())).isTrue();
        assertThat(trajectory.participantOf(marieke.id())).get().extracting(Participant::isActive).isEqualTo(true);
        assertThat(handover.role()).isEqualTo(LeadershipRole.COORDINATOR);
        assertThat(handover.from()).isEqualTo(marieke.id());
        assertThat(handover.to()).isEqualTo(sanne.id());
        assertThat(handover.handedOverBy()).isEqualTo(marieke.id());
        assertThat(handover.reason()).isEqualTo("Marieke gaat met verlof.");
        assertThat(handover.handedOverAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void refusesToHandTheCoordinationToAProfessionalOfNoneOfItsOrganisations() {
        Trajectory trajectory = start(TrajectoryKind.ORGANISATION_PROJECT, marieke, marieke, null, null);

        assertRefused(() -> trajectory.handOver(LeadershipRole.COORDINATOR, outsider, marieke.id(), "verlof",
                Set.of(), NOW), "personId", "trajectory.coordinator-not-of-its-organisations");
        assertThat(trajectory.coordinatorId()).isEqualTo(marieke.id());
    }

    @Test
    void refusesAHandoverWithoutAReason() {
        Trajectory trajectory = start(TrajectoryKind.ORGANISATION_PROJECT, marieke, marieke, null, null);

        assertRefused(() -> trajectory.handOver(LeadershipRole.CONTACT_PERSON, jeroen, marieke.id(), " ", Set.of(),
                NOW), "reason", "required");
        assertThat(trajectory.contactPersonId()).isEqualTo(marieke.id());
    }

    @Test
    void refusesAHandoverToTheCurrentHolder() {
        Trajectory trajectory = start(TrajectoryKind.ORGANISATION_PROJECT, marieke, jeroen, null, null);

        assertRefused(() -> trajectory.handOver(LeadershipRole.CONTACT_PERSON, jeroen, marieke.id(), "reden",
                Set.of(), NOW), "personId", "trajectory.handover-to-holder");
    }

    @Test
    void handsTheContactRoleOnlyToAProfessional() {
        Trajectory trajectory = start(TrajectoryKind.ORGANISATION_PROJECT, marieke, marieke, null, null);
        trajectory.join(fatima, NOW);

        assertRefused(() -> trajectory.handOver(LeadershipRole.CONTACT_PERSON, fatima, marieke.id(), "reden",
                Set.of(), NOW), "personId", "trajectory.contact-person-not-a-professional");

        trajectory.handOver(LeadershipRole.CONTACT_PERSON, jeroen, marieke.id(), "Jeroen woont in de wijk", Set.of(), NOW);
        assertThat(trajectory.contactPersonId()).isEqualTo(jeroen.id());
        assertThat(trajectory.participantOf(jeroen.id())).isPresent();
    }

    @Test
    void handsAResidentInitiativeToAResidentOnlyWhileTheyTakePart() {
        Trajectory trajectory = start(TrajectoryKind.RESIDENT_INITIATIVE, marieke, marieke, null, null);

        assertRefused(() -> trajectory.handOver(LeadershipRole.COORDINATOR, fatima, marieke.id(), "reden", Set.of(),
                NOW), "personId", "trajectory.resident-coordinator-not-taking-part");

        trajectory.join(fatima, NOW);
        trajectory.handOver(LeadershipRole.COORDINATOR, fatima, marieke.id(), "Inwoners nemen het over", Set.of(), NOW);
        assertThat(trajectory.coordinatorId()).isEqualTo(fatima.id());
        assertThat(trajectory.isWorkedOnBy(fatima.id())).isTrue();
    }

    @Test
    void refusesToHandARoleToSomeoneWhoSteppedBack() {
        Trajectory trajectory = start(TrajectoryKind.RESIDENT_INITIATIVE, marieke, marieke, null, null);
        trajectory.stepBack(trajectory.join(fatima, NOW).id(), NOW);

        assertRefused(() -> trajectory.handOver(LeadershipRole.COORDINATOR, fatima, marieke.id(), "reden", Set.of(),
                NOW), "personId", "trajectory.leader-stepped-back");
    }

    @Test
    void refusesAHandoverOfTheCoordinationWhileTheResidentCoordinatorIsAlsoTheContactPerson() {
        Trajectory trajectory = start(TrajectoryKind.RESIDENT_INITIATIVE, fatima, fatima, null, null);

        assertRefused(() -> trajectory.handOver(LeadershipRole.COORDINATOR, marieke, fatima.id(), "reden", Set.of(),
                NOW), "personId", "trajectory.hand-over-contact-first");
    }

    @Test
    void refusesAHandoverOnAClosedTrajectory() {
        Trajectory trajectory = start(TrajectoryKind.ORGANISATION_PROJECT, marieke, marieke, null, null);
        trajectory.close(NOW);

        assertRefused(() -> trajectory.handOver(LeadershipRole.CONTACT_PERSON, jeroen, marieke.id(), "reden",
                Set.of(), NOW), "trajectory", "trajectory.closed");
    }

    private Trajectory start(TrajectoryKind kind, Person coordinator, Person contact, Integer minimumChannels,
            String justification) {
        return new Trajectory("PT-2026-0001", start(kind, municipality, coordinator, contact, minimumChannels,
                justification), coordinator, contact, NOW);
    }

    private static StartTrajectory start(TrajectoryKind kind, OrganisationId organisation, Person coordinator,
            Person contact, Integer minimumChannels, String justification) {
        return new StartTrajectory("Samen gezond", "Gezondheid", "Dalfsen", kind, ParticipationLevel.PARTICIPATION,
                organisation, coordinator.id(), contact.id(), null, minimumChannels, justification);
    }

    private static void assertRefused(Runnable action, String field, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolationException.class, ex -> {
            assertThat(ex.field()).isEqualTo(field);
            assertThat(ex.code()).isEqualTo(code);
        });
    }
}
