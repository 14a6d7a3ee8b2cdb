package nl.participationsuite.workflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.seats.Background;
import nl.participationsuite.domain.seats.DecisionRound;
import nl.participationsuite.domain.seats.DecisionRoundService;
import nl.participationsuite.domain.seats.OpenRound;
import nl.participationsuite.domain.seats.SeatAssignment;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.seats.Vote;
import nl.participationsuite.domain.seats.VoteChoice;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.WorkflowFixture;
import nl.participationsuite.workflow.WorkflowFixture.Member;
import nl.participationsuite.workflow.WorkflowFixture.Setup;
import nl.participationsuite.workflow.WorkflowIntegrationTest;
import nl.participationsuite.workflow.input.InputResponseOutcome;
import nl.participationsuite.workflow.input.InputWorkflow;
import nl.participationsuite.workflow.seats.DecisionRoundWorkflow;
import nl.participationsuite.workflow.seats.VoteOutcome;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Several people act in one trajectory at the very same moment, on the real PostgreSQL. All of a
 * trajectory's work lives in one process instance, so independent completions touch shared engine
 * rows; none of them may be refused or lost for it. Only a genuine conflict (the same task twice, a
 * task a colleague holds) is refused, and says what happened.
 * <p>
 * Every thread waits at a barrier and then acts at once; each test runs a few times, since a race
 * that is lost only now and then is still lost.
 */
@WorkflowIntegrationTest
class SimultaneousWorkIntegrationTests {

    private static final int PEOPLE = 8;

    @Autowired
    TrajectoryWorkflow workflow;

    @Autowired
    WorkflowFixture fixture;

    @Autowired
    InputWorkflow inputWorkflow;

    @Autowired
    InputService inputs;

    @Autowired
    DecisionRoundWorkflow roundWorkflow;

    @Autowired
    DecisionRoundService rounds;

    @Autowired
    SteeringGroupService steeringGroups;

    @Autowired
    People people;

    @Autowired
    TaskService taskService;

    @Autowired
    Clock clock;

    @AfterEach
    void resetEngineClock() {
        fixture.resetEngineClock();
    }

    @RepeatedTest(3)
    void eightProfessionalsAnsweringEightInputsAtOnceAllSucceed() throws Exception {
        Setup setup = fixture.start(PEOPLE, PEOPLE);
        fixture.jumpTo(setup.id(), Activities.CLOSE_WORKING_PHASE, Map.of());
        for (int i = 0; i < PEOPLE; i++) {
            inputWorkflow.receive(new ReceiveInput(setup.id(), setup.resident(i).participant(), null, InputChannel.PORTAL,
                    "Idee " + i, "Een idee voor de wijk, nummer " + i + ".", null));
        }
        List<WorkflowTask> respond = fixture.tasks(setup.professional(0), setup.id(), Activities.RESPOND_TO_INPUT);
        assertThat(respond).hasSize(PEOPLE);

        List<Object> results = atOnce(PEOPLE, i -> () -> {
            workflow.complete(respond.get(i).id(), setup.professional(i).person(),
                    new InputResponseOutcome(InputStatus.ADOPTED, "We nemen dit over, dank u wel."));
            return "completed";
        });

        assertThat(results).as("every answer succeeds").containsOnly("completed");
        assertThat(inputs.ofTrajectory(setup.id())).extracting(ResidentInput::isAnswered).containsOnly(true);
        assertThat(fixture.tasks(setup.professional(0), setup.id(), Activities.RESPOND_TO_INPUT)).isEmpty();
        fixture.task(setup.coordinator(), setup.id(), Activities.CLOSE_WORKING_PHASE);
    }

    @RepeatedTest(3)
    void everySeatHolderVotingAtTheSameMomentIsRecordedAndTheRoundCloses() throws Exception {
        Setup setup = fixture.start(PEOPLE, 1);
        List<SeatAssignment> seats = new ArrayList<>();
        Background[] backgrounds = Background.values();
        for (int i = 0; i < PEOPLE; i++) {
            seats.add(seat(setup.resident(i), backgrounds[i % backgrounds.length]));
        }
        steeringGroups.compose(setup.id(), seats, null);
        fixture.jumpTo(setup.id(), Activities.CLOSE_WORKING_PHASE, Map.of());
        DecisionRound round = roundWorkflow.open(setup.id(), new OpenRound("Bankjes in het park",
                "We plaatsen tien nieuwe bankjes langs de wandelroute.", clock.instant().plus(Duration.ofDays(7))));

        List<Object> results = atOnce(PEOPLE, i -> () -> {
            fixture.complete(setup, setup.resident(i), Activities.CAST_VOTE,
                    new VoteOutcome(i % 2 == 0 ? VoteChoice.FOR : VoteChoice.AGAINST, "Stem " + i));
            return "voted";
        });

        assertThat(results).as("every vote is accepted").containsOnly("voted");
        DecisionRound closed = rounds.get(round.id());
        assertThat(closed.votes()).as("every vote is recorded").hasSize(PEOPLE)
                .extracting(Vote::choice).doesNotContain(VoteChoice.ABSENT);
        assertThat(closed.isClosed()).as("the last vote closes the round").isTrue();
        for (Member resident : setup.residents()) {
            assertThat(fixture.tasks(resident, setup.id(), Activities.CAST_VOTE)).isEmpty();
        }
    }

    @Test
    void twentyCompletionsOfOneTaskGiveOneSuccessAndNineteenConflictsThatSayWhatHappened() throws Exception {
        Setup setup = fixture.start(1, 1);
        fixture.jumpTo(setup.id(), Activities.CLOSE_WORKING_PHASE, Map.of());
        inputWorkflow.receive(new ReceiveInput(setup.id(), setup.resident(0).participant(), null, InputChannel.PORTAL,
                "Bankjes", "Er zijn te weinig bankjes in het park.", null));
        WorkflowTask respond = fixture.task(setup.professional(0), setup.id(), Activities.RESPOND_TO_INPUT);
        List<Member> answering = List.of(setup.professional(0), setup.coordinator());

        List<Object> results = atOnce(20, i -> () -> {
            workflow.complete(respond.id(), answering.get(i % 2).person(),
                    new InputResponseOutcome(InputStatus.ADOPTED, "Antwoord " + i));
            return "completed";
        });

        assertThat(results).as("results: %s", results).filteredOn("completed"::equals).hasSize(1);
        assertThat(results).as("results: %s", results).filteredOn(TaskConflictException.class::isInstance).hasSize(19)
                .allSatisfy(conflict -> assertThat(((TaskConflictException) conflict).reason())
                        .isIn(TaskConflictException.Reason.COMPLETED_BY_YOU, TaskConflictException.Reason.COMPLETED_BY_SOMEONE_ELSE));
        assertThat(inputs.ofTrajectory(setup.id())).singleElement().satisfies(input -> {
            assertThat(input.isAnswered()).isTrue();
            assertThat(input.feedback()).startsWith("Antwoord ");
        });
    }

    @Test
    void aClaimRaceHasOneWinnerAndTheOthersHearWhoIsWorkingOnIt() throws Exception {
        Setup setup = fixture.start(1, PEOPLE);
        fixture.jumpTo(setup.id(), Activities.CLOSE_WORKING_PHASE, Map.of());
        inputWorkflow.receive(new ReceiveInput(setup.id(), setup.resident(0).participant(), null, InputChannel.PORTAL,
                "Bankjes", "Er zijn te weinig bankjes in het park.", null));
        WorkflowTask respond = fixture.task(setup.professional(0), setup.id(), Activities.RESPOND_TO_INPUT);

        List<Object> results = atOnce(PEOPLE, i -> () -> {
            workflow.claim(respond.id(), setup.professional(i).person());
            return setup.professional(i);
        });

        List<Object> winners = results.stream().filter(Member.class::isInstance).toList();
        assertThat(winners).as("results: %s", results).hasSize(1);
        Member winner = (Member) winners.get(0);
        String winnerName = people.findById(winner.person()).map(Person::displayName).orElseThrow();
        assertThat(taskService.createTaskQuery().taskId(respond.id()).singleResult().getAssignee())
                .isEqualTo(winner.person().toString());
        assertThat(results).filteredOn(TaskConflictException.class::isInstance).hasSize(PEOPLE - 1)
                .allSatisfy(conflict -> {
                    TaskConflictException ex = (TaskConflictException) conflict;
                    assertThat(ex.reason()).isEqualTo(TaskConflictException.Reason.CLAIMED_BY_COLLEAGUE);
                    assertThat(ex.holder()).isEqualTo(winnerName);
                });
    }

    @Test
    void aTaskAColleagueHoldsIsAConflictNotNotFoundAndAnOutsiderStillFindsNothing() {
        Setup setup = fixture.start(1, 2);
        Setup other = fixture.start(1, 1);
        fixture.jumpTo(setup.id(), Activities.CLOSE_WORKING_PHASE, Map.of());
        inputWorkflow.receive(new ReceiveInput(setup.id(), setup.resident(0).participant(), null, InputChannel.PORTAL,
                "Bankjes", "Er zijn te weinig bankjes in het park.", null));
        WorkflowTask respond = fixture.task(setup.professional(0), setup.id(), Activities.RESPOND_TO_INPUT);
        workflow.claim(respond.id(), setup.professional(0).person());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> workflow.complete(respond.id(),
                        setup.professional(1).person(), new InputResponseOutcome(InputStatus.ADOPTED, "Ja.")))
                .isInstanceOfSatisfying(TaskConflictException.class,
                        ex -> assertThat(ex.reason()).isEqualTo(TaskConflictException.Reason.CLAIMED_BY_COLLEAGUE));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> workflow.task(respond.id(), other.professional(0).person()))
                .isInstanceOf(nl.participationsuite.domain.shared.NotFoundException.class);
        assertThat(inputs.ofTrajectory(setup.id())).singleElement().extracting(ResidentInput::isAnswered).isEqualTo(false);

        workflow.complete(respond.id(), setup.professional(0).person(), new InputResponseOutcome(InputStatus.ADOPTED, "Ja."));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> workflow.complete(respond.id(),
                        setup.professional(0).person(), new InputResponseOutcome(InputStatus.ADOPTED, "Nog eens.")))
                .isInstanceOfSatisfying(TaskConflictException.class,
                        ex -> assertThat(ex.reason()).isEqualTo(TaskConflictException.Reason.COMPLETED_BY_YOU));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> workflow.complete(respond.id(),
                        other.professional(0).person(), new InputResponseOutcome(InputStatus.ADOPTED, "Ik ook.")))
                .isInstanceOf(nl.participationsuite.domain.shared.NotFoundException.class);
    }

    @Test
    void aSecondClickOnAGroupTaskNoOneClaimedSaysYouAlreadyDidItAndTellsAColleagueSomeoneElseDid() {
        Setup setup = fixture.start(1, 2);
        fixture.jumpTo(setup.id(), Activities.CLOSE_WORKING_PHASE, Map.of());
        inputWorkflow.receive(new ReceiveInput(setup.id(), setup.resident(0).participant(), null, InputChannel.PORTAL,
                "Bankjes", "Er zijn te weinig bankjes in het park.", null));
        WorkflowTask respond = fixture.task(setup.professional(0), setup.id(), Activities.RESPOND_TO_INPUT);
        InputResponseOutcome answer = new InputResponseOutcome(InputStatus.ADOPTED, "Ja, dat doen we.");

        workflow.complete(respond.id(), setup.professional(0).person(), answer);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> workflow.complete(respond.id(), setup.professional(0).person(), answer))
                .isInstanceOfSatisfying(TaskConflictException.class,
                        ex -> assertThat(ex.reason()).isEqualTo(TaskConflictException.Reason.COMPLETED_BY_YOU));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> workflow.complete(respond.id(), setup.professional(1).person(), answer))
                .isInstanceOfSatisfying(TaskConflictException.class,
                        ex -> assertThat(ex.reason()).isEqualTo(TaskConflictException.Reason.COMPLETED_BY_SOMEONE_ELSE));
    }

    /** Runs {@code count} actions on as many threads, released at the same moment; each result or the exception it threw. */
    private static List<Object> atOnce(int count, java.util.function.IntFunction<Callable<Object>> action) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        CyclicBarrier start = new CyclicBarrier(count);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<Object> work = action.apply(i);
                futures.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    try {
                        return work.call();
                    }
                    catch (RuntimeException ex) {
                        return ex;
                    }
                }));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        }
        finally {
            threads.shutdownNow();
        }
    }

    private SeatAssignment seat(Member member, Background background) {
        LocalDate today = LocalDate.now(clock);
        return new SeatAssignment(member.participant(), today, today.plusYears(2), Set.of(background));
    }
}
