package nl.participationsuite.workflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.seats.Background;
import nl.participationsuite.domain.seats.OpenRound;
import nl.participationsuite.domain.seats.SeatAssignment;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.WorkflowFixture;
import nl.participationsuite.workflow.WorkflowFixture.Setup;
import nl.participationsuite.workflow.WorkflowIntegrationTest;
import nl.participationsuite.workflow.input.InputWorkflow;
import nl.participationsuite.workflow.seats.DecisionRoundWorkflow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a list names beside a task, read from the engine's variables and the domain's tables on PostgreSQL. */
@WorkflowIntegrationTest
class TaskSubjectsIntegrationTests {

    @Autowired
    TrajectoryWorkflow workflow;

    @Autowired
    WorkflowFixture fixture;

    @Autowired
    InputWorkflow inputs;

    @Autowired
    DecisionRoundWorkflow rounds;

    @Autowired
    SteeringGroupService steeringGroups;

    @Autowired
    Clock clock;

    @AfterEach
    void resetEngineClock() {
        fixture.resetEngineClock();
    }

    @Test
    void namesTheResidentOfEachMotivationConversation() {
        Setup setup = fixture.start(3, 1);
        fixture.jumpTo(setup.id(), Activities.LIST_RESIDENTS, Map.of());
        List<WorkflowTask> conversations = fixture.tasks(setup.professional(0), setup.id(), Activities.MOTIVATION_CONVERSATION);

        Map<String, TaskSubject> subjects = workflow.subjects(conversations);

        assertThat(subjects).hasSize(3);
        assertThat(subjects.values()).extracting(TaskSubject::text)
                .containsExactlyInAnyOrder("Resident 1", "Resident 2", "Resident 3");
        assertThat(subjects.values()).extracting(TaskSubject::kind).containsOnly(TaskSubject.Kind.PERSON);
    }

    @Test
    void namesTheInputsTopicOrFirstWordsAndTheProposalOfAVote() {
        Setup setup = fixture.start(3, 1);
        List<SeatAssignment> seats = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < 3; i++) {
            seats.add(new SeatAssignment(setup.resident(i).participant(), today, today.plusYears(2),
                    Set.of(Background.values()[i % Background.values().length])));
        }
        steeringGroups.compose(setup.id(), seats, null);
        fixture.jumpTo(setup.id(), Activities.CLOSE_WORKING_PHASE, Map.of());
        inputs.receive(new ReceiveInput(setup.id(), setup.resident(0).participant(), null, InputChannel.PORTAL,
                "Bankjes", "Er zijn te weinig bankjes in het park.", null));
        String longText = "Het pad langs de vijver is 's avonds zo donker dat ouderen er niet meer durven te lopen, "
                + "kan daar verlichting komen?";
        inputs.receive(new ReceiveInput(setup.id(), setup.resident(1).participant(), null, InputChannel.PORTAL, null,
                longText, null));
        rounds.open(setup.id(), new OpenRound("Bankjes in het park", "We plaatsen tien nieuwe bankjes.",
                clock.instant().plus(Duration.ofDays(7))));
        List<WorkflowTask> answers = fixture.tasks(setup.professional(0), setup.id(), Activities.RESPOND_TO_INPUT);
        WorkflowTask vote = fixture.task(setup.resident(2), setup.id(), Activities.CAST_VOTE);
        WorkflowTask close = fixture.task(setup.coordinator(), setup.id(), Activities.CLOSE_WORKING_PHASE);
        List<WorkflowTask> all = new ArrayList<>(answers);
        all.add(vote);
        all.add(close);

        Map<String, TaskSubject> subjects = workflow.subjects(all);

        assertThat(subjects).doesNotContainKey(close.id()).containsEntry(vote.id(),
                new TaskSubject(TaskSubject.Kind.PROPOSAL, "Bankjes in het park"));
        assertThat(answers).extracting(answer -> subjects.get(answer.id()).text()).containsExactlyInAnyOrder("Bankjes",
                "Het pad langs de vijver is 's avonds zo donker dat ouderen er niet meer durven…");
    }

    @Test
    void asksNothingForTasksWithoutASubject() {
        assertThat(workflow.subjects(List.of())).isEmpty();
    }
}
