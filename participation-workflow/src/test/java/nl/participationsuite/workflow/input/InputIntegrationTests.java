package nl.participationsuite.workflow.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.AnswerDelivery;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.InputStatusChange;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Organisation;
import nl.participationsuite.domain.trajectory.OrganisationKind;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.WorkflowFixture;
import nl.participationsuite.workflow.WorkflowFixture.Member;
import nl.participationsuite.workflow.WorkflowFixture.Setup;
import nl.participationsuite.workflow.WorkflowIntegrationTest;
import nl.participationsuite.workflow.tasks.TaskGroups;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Resident input on the real PostgreSQL: received into the process, answered by a professional with
 * feedback within 14 days, or escalated to the coordinator when late.
 */
@WorkflowIntegrationTest
class InputIntegrationTests {

    @Autowired
    TrajectoryWorkflow workflow;

    @Autowired
    InputWorkflow inputWorkflow;

    @Autowired
    WorkflowFixture fixture;

    @Autowired
    InputService inputs;

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    Organisations organisations;

    @Autowired
    People people;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    Clock clock;

    @AfterEach
    void resetTheEngineClock() {
        fixture.resetEngineClock();
    }

    @Test
    void asksTheProfessionalsToRespondWithin14DaysAndStoresTheirAnswerWithFeedback() {
        Setup setup = workingTogether();
        Instant receivedAt = clock.instant();

        ResidentInput input = inputWorkflow.receive(input(setup, setup.resident(0)));

        WorkflowTask respond = fixture.task(setup.professional(0), setup.id(), Activities.RESPOND_TO_INPUT);
        assertThat(respond.due()).isEqualTo(receivedAt.plus(Duration.ofDays(14))).isEqualTo(input.dueAt());
        assertThat(respond.assignee()).isNull();
        fixture.task(setup.professional(1), setup.id(), Activities.RESPOND_TO_INPUT);
        assertThat(fixture.tasks(setup.resident(0), setup.id(), Activities.RESPOND_TO_INPUT)).isEmpty();

        fixture.advance(Duration.ofDays(3));
        workflow.complete(respond.id(), setup.professional(1).person(), new InputResponseOutcome(InputStatus.PARTLY_ADOPTED,
                "De bankjes komen er, maar eerst langs de wandelroute en nog niet in het park."));

        ResidentInput answered = inputs.get(input.id());
        assertThat(answered.status()).isEqualTo(InputStatus.PARTLY_ADOPTED);
        assertThat(answered.feedback()).startsWith("De bankjes komen er");
        assertThat(answered.feedbackBy()).isEqualTo(setup.professional(1).person());
        assertThat(answered.feedbackAt()).isEqualTo(receivedAt.plus(Duration.ofDays(3)));
        assertThat(answered.history()).extracting(InputStatusChange::status)
                .containsExactly(InputStatus.RECEIVED, InputStatus.UNDER_CONSIDERATION, InputStatus.PARTLY_ADOPTED);
        assertThat(fixture.tasks(setup.professional(0), setup.id(), Activities.RESPOND_TO_INPUT)).isEmpty();
        assertThat(managementService.createJobQuery().processInstanceId(fixture.instance(setup.id()).getId())
                .activityId(Activities.INPUT_RESPONSE_OVERDUE).count()).isZero();
    }

    @Test
    void answersInputThatIsAlreadyUnderConsideration() {
        Setup setup = workingTogether();
        ResidentInput input = inputWorkflow.receive(input(setup, setup.resident(0)));
        inputs.startConsidering(input.id(), setup.professional(0).person());

        complete(setup, setup.professional(0), new InputResponseOutcome(InputStatus.NOT_ADOPTED,
                "Het park is van de provincie; we hebben uw vraag daar neergelegd."));

        assertThat(inputs.get(input.id()).history()).extracting(InputStatusChange::status)
                .containsExactly(InputStatus.RECEIVED, InputStatus.UNDER_CONSIDERATION, InputStatus.NOT_ADOPTED);
    }

    @Test
    void refusesAnAnswerWithoutFeedbackOrFinalStatusAndStoresNothing() {
        Setup setup = workingTogether();
        ResidentInput input = inputWorkflow.receive(input(setup, setup.resident(0)));

        assertThatThrownBy(() -> complete(setup, setup.professional(0), new InputResponseOutcome(InputStatus.ADOPTED, " ")))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("feedback"));
        assertThatThrownBy(() -> complete(setup, setup.professional(0),
                new InputResponseOutcome(InputStatus.UNDER_CONSIDERATION, "We kijken ernaar.")))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("status"));

        ResidentInput unchanged = inputs.get(input.id());
        assertThat(unchanged.status()).isEqualTo(InputStatus.RECEIVED);
        assertThat(unchanged.history()).hasSize(1);
        fixture.task(setup.professional(0), setup.id(), Activities.RESPOND_TO_INPUT);
    }

    @Test
    void letsNoResidentAnswerInput() {
        Setup setup = workingTogether();
        inputWorkflow.receive(input(setup, setup.resident(0)));
        WorkflowTask respond = fixture.task(setup.professional(0), setup.id(), Activities.RESPOND_TO_INPUT);

        assertThatThrownBy(() -> workflow.complete(respond.id(), setup.resident(0).person(),
                new InputResponseOutcome(InputStatus.ADOPTED, "Zelf geregeld."))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void escalatesLateInputAndOffersItsOpenTaskToTheCoordinator() {
        Organisation ggd = organisations.save(new Organisation("Gemeente Dalfsen", OrganisationKind.MUNICIPALITY));
        Person coordinator = people.save(Person.resident("Jan Bos", null, null, null));
        Person contact = people.save(Person.professional("Els Mulder", null, null, ggd.id()));
        Trajectory trajectory = workflow.start(new StartTrajectory("Bewegen in Nieuwleusen", "Beweegaanbod",
                "Nieuwleusen", TrajectoryKind.RESIDENT_INITIATIVE, ParticipationLevel.PARTICIPATION, ggd.id(),
                coordinator.id(), contact.id(), null, null));
        Member resident = member(trajectory, people.save(Person.resident("Fatma Yilmaz", null, null, null)));
        Member residentCoordinator = member(trajectory, coordinator);
        Member professional = member(trajectory, contact);
        fixture.jumpTo(trajectory.id(), Activities.CLOSE_WORKING_PHASE, Map.of());
        ResidentInput input = inputWorkflow.receive(new ReceiveInput(trajectory.id(), resident.participant(), null,
                InputChannel.MEETING, "Wandelgroep", "Een wandelgroep op zaterdagochtend voor ouderen.", null));
        WorkflowTask respond = fixture.task(professional, trajectory.id(), Activities.RESPOND_TO_INPUT);
        assertThat(fixture.tasks(residentCoordinator, trajectory.id(), Activities.RESPOND_TO_INPUT)).isEmpty();

        fixture.advance(Duration.ofDays(14).plusMinutes(1));
        fixture.executeDueJobs(trajectory.id());

        assertThat(inputs.get(input.id()).escalatedAt()).isEqualTo(clock.instant());
        assertThat(taskService.getIdentityLinksForTask(respond.id()))
                .filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .extracting(IdentityLink::getGroupId)
                .containsExactlyInAnyOrder(TaskGroups.professionalsGroup(trajectory.id()),
                        TaskGroups.coordinatorGroup(trajectory.id()));
        fixture.task(professional, trajectory.id(), Activities.RESPOND_TO_INPUT);
        WorkflowTask seenByCoordinator = fixture.task(residentCoordinator, trajectory.id(), Activities.RESPOND_TO_INPUT);
        assertThat(seenByCoordinator.isOverdue(clock.instant())).isTrue();

        // Fatma has no portal account: the coordinator tells her at the next meeting and records so.
        workflow.complete(seenByCoordinator.id(), residentCoordinator.person(), new InputResponseOutcome(InputStatus.ADOPTED,
                "De wandelgroep start in mei; de eerste keer lopen we samen vanaf het dorpshuis.",
                AnswerDelivery.IN_A_MEETING));

        ResidentInput answered = inputs.get(input.id());
        assertThat(answered.status()).isEqualTo(InputStatus.ADOPTED);
        assertThat(answered.answerPassedOn()).isEqualTo(AnswerDelivery.IN_A_MEETING);
        assertThat(answered.feedbackBy()).isEqualTo(coordinator.id());
        assertThat(fixture.tasks(professional, trajectory.id(), Activities.RESPOND_TO_INPUT)).isEmpty();
    }

    @Test
    void anInterimAnswerMovesTheTasksDueDateAndTheEscalationToTheDayTheAnswerIsExpected() {
        Setup setup = workingTogether();
        ResidentInput input = inputWorkflow.receive(input(setup, setup.resident(0)));
        WorkflowTask respond = fixture.task(setup.professional(0), setup.id(), Activities.RESPOND_TO_INPUT);
        LocalDate expected = LocalDate.now(clock).plusDays(30);

        assertThatThrownBy(() -> inputWorkflow.giveInterimAnswer(setup.id(), input.id(), setup.resident(1).person(),
                "Wij zoeken het uit.", expected)).isInstanceOf(NotFoundException.class);
        inputWorkflow.giveInterimAnswer(setup.id(), input.id(), setup.professional(0).person(),
                "We vragen de gemeente of dit in de begroting past.", expected);

        Instant due = expected.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        assertThat(fixture.task(setup.professional(0), setup.id(), Activities.RESPOND_TO_INPUT).due()).isEqualTo(due);
        assertThat(inputs.get(input.id()).status()).isEqualTo(InputStatus.UNDER_CONSIDERATION);
        fixture.advance(Duration.ofDays(14).plusMinutes(1));
        fixture.executeDueJobs(setup.id());
        assertThat(inputs.get(input.id()).escalatedAt()).as("not escalated at the original due date").isNull();

        fixture.advance(Duration.ofDays(17));
        fixture.executeDueJobs(setup.id());
        assertThat(inputs.get(input.id()).escalatedAt()).as("escalated once the promised day passed").isNotNull();
        assertThat(fixture.task(setup.professional(0), setup.id(), Activities.RESPOND_TO_INPUT).id()).isEqualTo(respond.id());
    }

    @Test
    void escalatesOnlyTheLateInput() {
        Setup setup = workingTogether();
        ResidentInput late = inputWorkflow.receive(input(setup, setup.resident(0)));
        fixture.advance(Duration.ofDays(7));
        ResidentInput recent = inputWorkflow.receive(input(setup, setup.resident(1)));

        fixture.advance(Duration.ofDays(7).plusMinutes(1));
        fixture.executeDueJobs(setup.id());

        assertThat(inputs.get(late.id()).escalatedAt()).isNotNull();
        assertThat(inputs.get(recent.id()).escalatedAt()).isNull();
        assertThat(fixture.tasks(setup.professional(0), setup.id(), Activities.RESPOND_TO_INPUT)).hasSize(2)
                .allSatisfy(task -> assertThat(taskService.getIdentityLinksForTask(task.id()).stream()
                        .anyMatch(link -> TaskGroups.coordinatorGroup(setup.id()).equals(link.getGroupId())))
                        .isEqualTo(task.due().equals(late.dueAt())));
    }

    @Test
    void answersInputGivenBeforeWorkingTogether() {
        Setup setup = fixture.start(1, 1);

        ResidentInput early = inputWorkflow.receive(input(setup, setup.resident(0)));

        WorkflowTask respond = fixture.task(setup.professional(0), setup.id(), Activities.RESPOND_TO_INPUT);
        assertThat(respond.due()).isEqualTo(early.dueAt());
        assertThat(fixture.tasks(setup.coordinator(), setup.id(), Activities.RECRUIT_RESIDENTS)).hasSize(1);
    }

    @Test
    void refusesInputOnAClosedTrajectoryAndStoresNothing() {
        Setup setup = fixture.start(1, 1);
        trajectories.close(setup.id());

        assertThatThrownBy(() -> inputWorkflow.receive(input(setup, setup.resident(0))))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("trajectory.closed"));

        assertThat(inputs.ofTrajectory(setup.id())).isEmpty();
    }

    private Setup workingTogether() {
        Setup setup = fixture.start(2, 2);
        fixture.jumpTo(setup.id(), Activities.CLOSE_WORKING_PHASE, Map.of());
        return setup;
    }

    private static ReceiveInput input(Setup setup, Member resident) {
        return new ReceiveInput(setup.id(), resident.participant(), null, InputChannel.PORTAL, "Bankjes",
                "Er zijn te weinig bankjes in het park om even uit te rusten.", null);
    }

    private Member member(Trajectory trajectory, Person person) {
        return new Member(person.id(), trajectories.addParticipant(trajectory.id(), person.id()).id());
    }

    private void complete(Setup setup, Member member, InputResponseOutcome outcome) {
        fixture.complete(setup, member, Activities.RESPOND_TO_INPUT, outcome);
    }

}
