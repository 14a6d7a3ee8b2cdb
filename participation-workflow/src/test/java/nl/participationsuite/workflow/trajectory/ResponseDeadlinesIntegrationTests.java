package nl.participationsuite.workflow.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.AwaitedResponse;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.ResponseReminder;
import nl.participationsuite.domain.trajectory.ResponseTime;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.Party;
import nl.participationsuite.domain.vision.ReviewVerdict;
import nl.participationsuite.domain.vision.VisionContent.Criterion;
import nl.participationsuite.domain.vision.VisionContent.Expectation;
import nl.participationsuite.testsupport.MovableClock;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.WorkflowFixture;
import nl.participationsuite.workflow.WorkflowFixture.Member;
import nl.participationsuite.workflow.WorkflowFixture.Setup;
import nl.participationsuite.workflow.WorkflowIntegrationTest;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.TaskSubject;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import nl.participationsuite.workflow.trajectory.SilentParticipantFollowUpOutcome.Decision;
import nl.participationsuite.workflow.vision.VisionDraftOutcome;
import nl.participationsuite.workflow.vision.VisionReviewOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Waiting on a silent participant on the real PostgreSQL: the due date from the trajectory's
 * response time, the reminder when it passes, and the coordinator's follow-up (ask again, or the
 * person steps back and the others go on).
 */
@WorkflowIntegrationTest
class ResponseDeadlinesIntegrationTests {

    @Autowired
    TrajectoryWorkflow workflow;

    @Autowired
    WorkflowFixture fixture;

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    MovableClock clock;

    @AfterEach
    void resetEngineClock() {
        fixture.resetEngineClock();
    }

    @Test
    void remindsASilentReviewerAndTheCoordinatorAsksAgainWithANewDueDate() {
        Setup setup = fixture.start(1, 0);
        trajectories.changeResponseTime(setup.id(), new ResponseTime(5));
        draftTheVision(setup);
        Member silent = setup.resident(0);
        Instant due = clock.instant().plus(Duration.ofDays(5));
        assertThat(fixture.task(silent, setup.id(), Activities.REVIEW_VISION).due()).isEqualTo(due);
        review(setup, setup.coordinator());

        fixture.advance(Duration.ofDays(5).plusMinutes(1));
        assertThat(fixture.executeDueJobs(setup.id())).isEqualTo(1);

        assertThat(trajectories.responseReminders(setup.id())).singleElement().satisfies(reminder -> {
            assertThat(reminder.personId()).isEqualTo(silent.person());
            assertThat(reminder.awaited()).isEqualTo(AwaitedResponse.VISION_REVIEW);
            assertThat(reminder.dueAt()).isEqualTo(due);
        });
        WorkflowTask followUp = fixture.task(setup.coordinator(), setup.id(), Activities.VISION_REVIEW_FOLLOW_UP);
        assertThat(workflow.context(followUp.id(), setup.coordinator().person()).variables())
                .containsEntry(VariableNames.AWAITED_PERSON_ID, silent.person().toString());
        assertThat(workflow.subjects(java.util.List.of(followUp))).as("the inbox names whom to follow up")
                .containsEntry(followUp.id(), new TaskSubject(TaskSubject.Kind.PERSON, "Resident 1"));

        workflow.complete(followUp.id(), setup.coordinator().person(), new SilentParticipantFollowUpOutcome(Decision.ASK_AGAIN));

        assertThat(fixture.task(silent, setup.id(), Activities.REVIEW_VISION).due())
                .as("asked again: a new due date, one response time from now")
                .isEqualTo(clock.instant().plus(Duration.ofDays(5)));
        assertThat(fixture.tasks(setup.coordinator(), setup.id(), Activities.VISION_REVIEW_FOLLOW_UP)).isEmpty();
        review(setup, silent);
        assertThat(trajectories.get(setup.id()).phase()).isEqualTo(Phase.ROLE_AGREEMENTS);
        fixture.advance(Duration.ofDays(6));
        assertThat(fixture.executeDueJobs(setup.id())).as("an answer ends the wait and its timers").isZero();
        assertThat(trajectories.responseReminders(setup.id())).hasSize(1);
    }

    @Test
    void theCoordinatorRecordsThatASilentResidentStepsBackAndTheOthersGoOn() {
        Setup setup = fixture.start(2, 0);
        draftTheVision(setup);
        review(setup, setup.coordinator());
        review(setup, setup.resident(0));
        Member silent = setup.resident(1);

        fixture.advance(Duration.ofDays(ResponseTime.DEFAULT_DAYS).plusMinutes(1));
        fixture.executeDueJobs(setup.id());
        WorkflowTask followUp = fixture.task(setup.coordinator(), setup.id(), Activities.VISION_REVIEW_FOLLOW_UP);
        workflow.complete(followUp.id(), setup.coordinator().person(), new SilentParticipantFollowUpOutcome(Decision.STEP_BACK));

        assertThat(trajectories.get(setup.id()).participant(silent.participant()).isActive()).isFalse();
        assertThat(fixture.tasks(silent, setup.id(), Activities.REVIEW_VISION)).isEmpty();
        assertThat(trajectories.get(setup.id()).phase()).as("the vision is adopted by those still taking part")
                .isEqualTo(Phase.ROLE_AGREEMENTS);
        assertThat(fixture.passed(setup, Activities.RECORD_STEP_BACK)).isEqualTo(1);
    }

    @Test
    void refusesToRecordThatAProfessionalStepsBackAndKeepsTheFollowUpOpen() {
        Setup setup = fixture.start(0, 1);
        draftTheVision(setup);
        review(setup, setup.coordinator());
        fixture.advance(Duration.ofDays(ResponseTime.DEFAULT_DAYS).plusMinutes(1));
        fixture.executeDueJobs(setup.id());
        WorkflowTask followUp = fixture.task(setup.coordinator(), setup.id(), Activities.VISION_REVIEW_FOLLOW_UP);

        assertThatThrownBy(() -> workflow.complete(followUp.id(), setup.coordinator().person(),
                new SilentParticipantFollowUpOutcome(Decision.STEP_BACK)))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("decision"));

        assertThat(trajectories.get(setup.id()).participant(setup.professional(0).participant()).isActive()).isTrue();
        assertThat(fixture.task(setup.coordinator(), setup.id(), Activities.VISION_REVIEW_FOLLOW_UP).id()).isEqualTo(followUp.id());
        assertThat(fixture.tasks(setup.professional(0), setup.id(), Activities.REVIEW_VISION)).hasSize(1);
        assertThat(trajectories.responseReminders(setup.id())).extracting(ResponseReminder::personId)
                .containsExactly(setup.professional(0).person());
    }

    private void draftTheVision(Setup setup) {
        fixture.jumpTo(setup.id(), Activities.DRAFT_VISION, Map.of());
        fixture.completeAsCoordinator(setup, Activities.DRAFT_VISION, new VisionDraftOutcome("Samen werken aan een gezonde wijk",
                List.of(new Expectation(Party.RESIDENTS, null, "Dat er echt naar ons geluisterd wordt"),
                        new Expectation(Party.PROFESSIONALS, null, "Dat bewoners mee beslissen over de activiteiten")),
                List.of(new Criterion("Bewoners doen mee aan beweegactiviteiten", "Aanwezigheidslijsten", "30 per kwartaal"))));
    }

    private void review(Setup setup, Member member) {
        fixture.complete(setup, member, Activities.REVIEW_VISION, new VisionReviewOutcome(ReviewVerdict.ENDORSED, null));
    }
}
