package nl.participationsuite.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.involvement.Recruitment;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.motivation.MotivationService;
import nl.participationsuite.domain.roles.AgreementStatus;
import nl.participationsuite.domain.roles.RoleAgreementService;
import nl.participationsuite.domain.seats.DecisionRound;
import nl.participationsuite.domain.seats.DecisionRoundService;
import nl.participationsuite.domain.seats.RoundOutcome;
import nl.participationsuite.domain.seats.Seat;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.domain.support.SupportService;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.Trajectories;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.vision.ReviewVerdict;
import nl.participationsuite.domain.vision.VisionReview;
import nl.participationsuite.domain.vision.VisionService;
import nl.participationsuite.domain.vision.VisionStatus;
import nl.participationsuite.testsupport.SiblingTestDatabase;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.tasks.TaskSearch;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application started with {@code participation.demo-data.enabled=true} on the real
 * PostgreSQL (Keycloak is not needed to load): the three demo trajectories stand in their phases
 * with the records and open tasks that make the product look alive, and loading again adds
 * nothing. The demo runs in a database of its own, so that the demo accounts it links and the
 * tasks it opens do not leak into the other integration tests' shared database.
 */
@SpringBootTest(properties = DemoData.ENABLED + "=true")
@ContextConfiguration(initializers = DemoDataIntegrationTests.OwnDatabase.class)
class DemoDataIntegrationTests {

    @Autowired
    DemoData demoData;

    @Autowired
    Trajectories trajectories;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    TrajectoryWorkflow workflow;

    @Autowired
    SteeringGroupService steeringGroups;

    @Autowired
    DecisionRoundService rounds;

    @Autowired
    InputService inputs;

    @Autowired
    SuccessService successes;

    @Autowired
    VisionService visions;

    @Autowired
    RoleAgreementService roleAgreements;

    @Autowired
    InvolvementService involvement;

    @Autowired
    MeetingService meetings;

    @Autowired
    SupportService support;

    @Autowired
    MotivationService motivations;

    @Test
    void linksTheDemoAccountsToPeopleOfTheDemoOrganisations() {
        for (DemoAccount account : DemoAccount.values()) {
            assertThat(people.findByKeycloakSubject(account.subject())).as(account.username())
                    .hasValueSatisfying(person -> {
                        assertThat(person.displayName()).isEqualTo(account.displayName());
                        assertThat(person.isResident()).isEqualTo(account.isResident());
                    });
        }
        assertThat(organisations.findAll()).extracting(organisation -> organisation.name())
                .contains(DemoData.MUNICIPALITY, DemoData.GGD);
        assertThat(organisation(DemoAccount.PROFESSIONAL2)).isEqualTo(DemoData.GGD);
        assertThat(organisation(DemoAccount.PROFESSIONAL)).isEqualTo(DemoData.MUNICIPALITY);
        assertThat(organisation(DemoAccount.COORDINATOR)).isEqualTo(DemoData.MUNICIPALITY);
    }

    @Test
    void playsThreeTrajectoriesIntoDifferentPhases() {
        assertThat(demoTrajectories()).containsOnlyKeys(DemoTrajectories.TITLES);
        assertThat(trajectory(DemoTrajectories.GROWING).phase()).isEqualTo(Phase.WORKING_TOGETHER);
        assertThat(trajectory(DemoTrajectories.LOW_INCOMES).phase()).isEqualTo(Phase.MOTIVATION);
        assertThat(trajectory(DemoTrajectories.HEALTH_POLICY).phase()).isEqualTo(Phase.SHARED_VISION);
    }

    @Test
    void growingTrajectoryWorksTogetherWithThreeResidentsInTheSteeringGroup() {
        Trajectory growing = trajectory(DemoTrajectories.GROWING);

        assertThat(visions.adopted(growing.id())).isPresent();
        assertThat(roleAgreements.currentAgreements(growing.id())).hasSize(7)
                .allSatisfy(agreement -> assertThat(agreement.status()).isEqualTo(AgreementStatus.ACCEPTED))
                .allSatisfy(agreement -> motivations.find(growing.id(), agreement.participantId()).ifPresent(profile ->
                        assertThat(agreement.hoursPerMonth()).as("within the resident's own boundary")
                                .isLessThanOrEqualTo(profile.motivation().hoursPerMonth())));
        List<Seat> residentSeats = steeringGroups.get(growing.id()).occupiedSeats().stream().filter(Seat::isResidentSeat).toList();
        assertThat(residentSeats).hasSize(3).allSatisfy(seat -> assertThat(seat.isAccepted()).isTrue());

        List<DecisionRound> decisionRounds = rounds.rounds(growing.id());
        assertThat(decisionRounds).hasSize(2);
        assertThat(decisionRounds).filteredOn(DecisionRound::isClosed).singleElement()
                .satisfies(round -> assertThat(round.outcome()).isEqualTo(RoundOutcome.ADOPTED));
        assertThat(decisionRounds).filteredOn(round -> !round.isClosed()).singleElement()
                .satisfies(round -> assertThat(round.votes()).hasSize(2));

        assertThat(inputs.ofTrajectory(growing.id())).extracting(ResidentInput::status)
                .containsExactlyInAnyOrder(InputStatus.ADOPTED, InputStatus.RECEIVED);
        assertThat(successes.successes(growing.id())).singleElement()
                .satisfies(success -> assertThat(success.isVisible()).isTrue());
        assertThat(meetings.upcoming(growing.id())).hasSize(1);
        assertThat(support.list(growing.id())).hasSize(1);
    }

    @Test
    void lowIncomeTrajectoryReachesResidentsThroughSeveralChannels() {
        Trajectory lowIncomes = trajectory(DemoTrajectories.LOW_INCOMES);

        assertThat(involvement.networks(lowIncomes.id())).hasSize(3);
        assertThat(involvement.recruitments(lowIncomes.id())).hasSize(5);
        assertThat(involvement.recruitments(lowIncomes.id()).stream().map(Recruitment::channel).collect(Collectors.toSet()))
                .hasSizeGreaterThanOrEqualTo(2);
        PersonId sanne = person(DemoAccount.PROFESSIONAL2).id();
        assertThat(inputs.ofTrajectory(lowIncomes.id())).singleElement().satisfies(input -> {
            assertThat(input.recordedOnBehalfBy()).isEqualTo(sanne);
            Person resident = people.findById(lowIncomes.participant(input.participantId()).personId()).orElseThrow();
            assertThat(resident.keycloakSubject()).isNull();
            assertThat(input.status()).isEqualTo(InputStatus.RECEIVED);
        });
        assertThat(tasks(DemoAccount.PROFESSIONAL2, lowIncomes)).contains(Activities.MOTIVATION_CONVERSATION,
                Activities.RESPOND_TO_INPUT);
    }

    @Test
    void healthPolicyVisionIsUnderReviewWithOneEndorsementAndOneChangeRequest() {
        Trajectory healthPolicy = trajectory(DemoTrajectories.HEALTH_POLICY);

        assertThat(visions.current(healthPolicy.id())).hasValueSatisfying(version -> {
            assertThat(version.status()).isEqualTo(VisionStatus.IN_REVIEW);
            assertThat(version.reviews()).extracting(VisionReview::verdict)
                    .containsExactlyInAnyOrder(ReviewVerdict.ENDORSED, ReviewVerdict.CHANGE_REQUESTED);
        });
    }

    @Test
    void residentProfessionalAndCoordinatorFindOpenTasks() {
        Trajectory growing = trajectory(DemoTrajectories.GROWING);
        Trajectory healthPolicy = trajectory(DemoTrajectories.HEALTH_POLICY);

        assertThat(tasks(DemoAccount.RESIDENT1, growing)).containsExactly(Activities.CAST_VOTE);
        assertThat(tasks(DemoAccount.RESIDENT1, healthPolicy)).containsExactly(Activities.REVIEW_VISION);
        assertThat(tasks(DemoAccount.PROFESSIONAL, growing)).contains(Activities.RESPOND_TO_INPUT);
        assertThat(tasks(DemoAccount.COORDINATOR, growing)).contains(Activities.CLOSE_WORKING_PHASE, Activities.CAST_VOTE,
                Activities.RESPOND_TO_INPUT);
        assertThat(tasks(DemoAccount.COORDINATOR, healthPolicy)).contains(Activities.REVIEW_VISION);
    }

    @Test
    void loadingAgainAddsNothing() {
        long trajectoriesBefore = trajectories.count();
        long peopleBefore = people.count();
        long organisationsBefore = organisations.count();
        int residentTasksBefore = workflow.tasks(TaskSearch.of(person(DemoAccount.RESIDENT1).id())).size();

        assertThat(demoData.loadUnlessPresent()).isEmpty();

        assertThat(trajectories.count()).isEqualTo(trajectoriesBefore);
        assertThat(people.count()).isEqualTo(peopleBefore);
        assertThat(organisations.count()).isEqualTo(organisationsBefore);
        assertThat(workflow.tasks(TaskSearch.of(person(DemoAccount.RESIDENT1).id()))).hasSize(residentTasksBefore);
    }

    private Map<String, Trajectory> demoTrajectories() {
        return trajectories.findByParticipant(person(DemoAccount.COORDINATOR).id()).stream()
                .filter(trajectory -> DemoTrajectories.TITLES.contains(trajectory.title()))
                .collect(Collectors.toMap(Trajectory::title, trajectory -> trajectory));
    }

    private Trajectory trajectory(String title) {
        Trajectory trajectory = demoTrajectories().get(title);
        assertThat(trajectory).as(title).isNotNull();
        return trajectory;
    }

    private Person person(DemoAccount account) {
        return people.findByKeycloakSubject(account.subject()).orElseThrow();
    }

    private String organisation(DemoAccount account) {
        return organisations.findById(person(account).organisationId()).orElseThrow().name();
    }

    /** The kinds of open task the demo user finds in the trajectory. */
    private List<String> tasks(DemoAccount account, Trajectory trajectory) {
        return workflow.tasks(TaskSearch.of(person(account).id())).stream()
                .filter(task -> task.trajectoryId().equals(trajectory.id()))
                .map(WorkflowTask::definitionKey)
                .distinct()
                .toList();
    }

    /** A database of its own for the demo, created afresh for each run. */
    static class OwnDatabase extends SiblingTestDatabase {

        OwnDatabase() {
            super("demo");
        }
    }
}
