package nl.participationsuite.workflow.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.success.CriterionResult;
import nl.participationsuite.domain.success.CycleDecision;
import nl.participationsuite.domain.success.RegisterSuccess;
import nl.participationsuite.domain.success.ReportSuccess;
import nl.participationsuite.domain.success.Success;
import nl.participationsuite.domain.success.SuccessKind;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.domain.success.VisibilityChannel;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.Party;
import nl.participationsuite.domain.vision.SuccessCriterion;
import nl.participationsuite.domain.vision.VisionContent;
import nl.participationsuite.domain.vision.VisionService;
import nl.participationsuite.domain.vision.VisionVersion;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.WorkflowFixture;
import nl.participationsuite.workflow.WorkflowFixture.Member;
import nl.participationsuite.workflow.WorkflowFixture.Setup;
import nl.participationsuite.workflow.WorkflowIntegrationTest;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import nl.participationsuite.workflow.trajectory.WorkingPhaseCloseOutcome;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Successes on the real PostgreSQL: registered into the process and made visible by a
 * professional, and the success report that starts a new cycle or closes the trajectory.
 */
@WorkflowIntegrationTest
class SuccessIntegrationTests {

    @Autowired
    TrajectoryWorkflow workflow;

    @Autowired
    SuccessWorkflow successWorkflow;

    @Autowired
    WorkflowFixture fixture;

    @Autowired
    SuccessService successes;

    @Autowired
    VisionService visions;

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    HistoryService historyService;

    @Autowired
    Clock clock;

    @AfterEach
    void resetTheEngineClock() {
        fixture.resetEngineClock();
    }

    // successes made visible

    @Test
    void asksTheProfessionalsToMakeARegisteredSuccessVisible() {
        Setup setup = workingTogether();

        Success success = successWorkflow.register(quickWin(setup));

        assertThat(fixture.tasks(setup.resident(0), setup.id(), Activities.MAKE_SUCCESS_VISIBLE)).isEmpty();
        fixture.complete(setup, setup.professional(0), Activities.MAKE_SUCCESS_VISIBLE,
                new SuccessVisibilityOutcome(VisibilityChannel.NEWSLETTER));

        Success visible = successes.get(success.id());
        assertThat(visible.isVisible()).isTrue();
        assertThat(visible.visibleHow()).isEqualTo(VisibilityChannel.NEWSLETTER);
        assertThat(visible.visibleAt()).isEqualTo(clock.instant());
        assertThat(fixture.tasks(setup.professional(0), setup.id(), Activities.MAKE_SUCCESS_VISIBLE)).isEmpty();
    }

    @Test
    void makesEachSuccessVisibleOnItsOwn() {
        Setup setup = workingTogether();
        Success first = successWorkflow.register(quickWin(setup));
        Success second = successWorkflow.register(new RegisterSuccess(setup.id(), SuccessKind.MILESTONE,
                "Wandelroute geopend", null, LocalDate.now(clock), null, null));
        List<WorkflowTask> tasks = fixture.tasks(setup.professional(0), setup.id(), Activities.MAKE_SUCCESS_VISIBLE);
        assertThat(tasks).hasSize(2);

        workflow.complete(tasks.get(1).id(), setup.professional(0).person(),
                new SuccessVisibilityOutcome(VisibilityChannel.MEETING));

        assertThat(List.of(successes.get(first.id()), successes.get(second.id())))
                .filteredOn(Success::isVisible).singleElement()
                .satisfies(visible -> assertThat(visible.visibleHow()).isEqualTo(VisibilityChannel.MEETING));
        assertThat(fixture.tasks(setup.professional(0), setup.id(), Activities.MAKE_SUCCESS_VISIBLE)).hasSize(1);
    }

    @Test
    void refusesToMakeASuccessVisibleWithoutAChannelAndLetsNoResidentDoIt() {
        Setup setup = workingTogether();
        Success success = successWorkflow.register(quickWin(setup));
        WorkflowTask task = fixture.task(setup.professional(0), setup.id(), Activities.MAKE_SUCCESS_VISIBLE);

        assertThatThrownBy(() -> workflow.complete(task.id(), setup.professional(0).person(),
                new SuccessVisibilityOutcome(null)))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("channel"));
        assertThatThrownBy(() -> workflow.complete(task.id(), setup.resident(0).person(),
                new SuccessVisibilityOutcome(VisibilityChannel.PORTAL))).isInstanceOf(NotFoundException.class);

        assertThat(successes.get(success.id()).isVisible()).isFalse();
        fixture.task(setup.professional(0), setup.id(), Activities.MAKE_SUCCESS_VISIBLE);
    }

    @Test
    void refusesASuccessBeforeWorkingTogetherAndStoresNothing() {
        Setup setup = fixture.start(1, 1);

        assertThatThrownBy(() -> successWorkflow.register(quickWin(setup)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("trajectory.not-working-together"));

        assertThat(successes.successes(setup.id())).isEmpty();
    }

    // the success report

    @Test
    void startsANewCycleOfWorkingTogetherWhenTheReportSaysSo() {
        Setup setup = workingTogether();
        VisionVersion vision = adoptedVision(setup);
        closeWorkingPhase(setup);
        WorkflowTask report = fixture.task(setup.coordinator(), setup.id(), Activities.REPORT_SUCCESS);
        assertThat(trajectories.get(setup.id()).phase()).isEqualTo(Phase.EVALUATION);

        workflow.complete(report.id(), setup.coordinator().person(), report(vision, CycleDecision.NEW_CYCLE));

        assertThat(successes.reportOf(setup.id(), 1)).get().satisfies(stored -> {
            assertThat(stored.decision()).isEqualTo(CycleDecision.NEW_CYCLE);
            assertThat(stored.visionVersionId()).isEqualTo(vision.id());
            assertThat(stored.assessments()).hasSize(2);
            assertThat(stored.assessmentOf(vision.successCriteria().get(1).id())).get()
                    .satisfies(assessment -> assertThat(assessment.result()).isEqualTo(CriterionResult.PARTLY_MET));
        });
        Trajectory trajectory = trajectories.get(setup.id());
        assertThat(trajectory.cycle()).isEqualTo(2);
        assertThat(trajectory.phase()).isEqualTo(Phase.WORKING_TOGETHER);
        fixture.task(setup.coordinator(), setup.id(), Activities.CLOSE_WORKING_PHASE);
        assertThat(fixture.tasks(setup.coordinator(), setup.id(), Activities.REPORT_SUCCESS)).isEmpty();
    }

    @Test
    void closesTheTrajectoryAndEndsTheProcessWhenTheReportSaysSo() {
        Setup setup = workingTogether();
        VisionVersion vision = adoptedVision(setup);
        closeWorkingPhase(setup);
        String instanceId = fixture.instance(setup.id()).getId();

        fixture.complete(setup, setup.coordinator(), Activities.REPORT_SUCCESS, report(vision, CycleDecision.CLOSE));

        Trajectory trajectory = trajectories.get(setup.id());
        assertThat(trajectory.phase()).isEqualTo(Phase.CLOSED);
        assertThat(trajectory.isClosed()).isTrue();
        assertThat(fixture.instance(setup.id())).isNull();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult()
                .getEndActivityId()).isEqualTo(Activities.TRAJECTORY_CLOSED);
        assertThat(successes.reportOf(setup.id(), 1)).get()
                .satisfies(stored -> assertThat(stored.decision()).isEqualTo(CycleDecision.CLOSE));
    }

    @Test
    void refusesAReportThatLeavesACriterionUnassessedAndLetsOnlyTheCoordinatorReport() {
        Setup setup = workingTogether();
        VisionVersion vision = adoptedVision(setup);
        closeWorkingPhase(setup);
        WorkflowTask task = fixture.task(setup.coordinator(), setup.id(), Activities.REPORT_SUCCESS);
        SuccessReportOutcome incomplete = new SuccessReportOutcome(List.of(new ReportSuccess.Assessment(
                vision.successCriteria().get(0).id(), CriterionResult.MET, "Twaalf bewoners lopen wekelijks mee.")),
                "Een goed eerste jaar.", CycleDecision.CLOSE);

        assertThatThrownBy(() -> workflow.complete(task.id(), setup.coordinator().person(), incomplete))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("assessments"));
        assertThatThrownBy(() -> workflow.complete(task.id(), setup.professional(0).person(),
                report(vision, CycleDecision.CLOSE))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> workflow.complete(task.id(), setup.resident(0).person(),
                report(vision, CycleDecision.CLOSE))).isInstanceOf(NotFoundException.class);

        assertThat(successes.reports(setup.id())).isEmpty();
        assertThat(trajectories.get(setup.id()).phase()).isEqualTo(Phase.EVALUATION);
        fixture.task(setup.coordinator(), setup.id(), Activities.REPORT_SUCCESS);
    }

    private Setup workingTogether() {
        Setup setup = fixture.start(2, 1);
        fixture.jumpTo(setup.id(), Activities.CLOSE_WORKING_PHASE, Map.of());
        return setup;
    }

    /** A vision with two success criteria, endorsed by everyone and adopted, as the vision phase leaves it. */
    private VisionVersion adoptedVision(Setup setup) {
        VisionVersion draft = visions.draft(setup.id(), new VisionContent("Iedereen in de wijk beweegt mee",
                List.of(new VisionContent.Expectation(Party.RESIDENTS, null, "Bewoners bedenken en leiden de activiteiten"),
                        new VisionContent.Expectation(Party.PROFESSIONALS, null, "Professionals ondersteunen en zoeken geld")),
                List.of(new VisionContent.Criterion("Bewoners bewegen wekelijks samen", "Deelnemerslijsten", "10 bewoners"),
                        new VisionContent.Criterion("Ouderen doen mee", "Deelnemers van 70 jaar en ouder", "5 ouderen"))));
        visions.submitForReview(draft.id());
        for (Member member : setup.everyone()) {
            visions.endorse(draft.id(), member.participant(), null);
        }
        return visions.adopt(draft.id());
    }

    private SuccessReportOutcome report(VisionVersion vision, CycleDecision decision) {
        List<SuccessCriterion> criteria = vision.successCriteria();
        return new SuccessReportOutcome(List.of(
                new ReportSuccess.Assessment(criteria.get(0).id(), CriterionResult.MET,
                        "Twaalf bewoners lopen wekelijks mee."),
                new ReportSuccess.Assessment(criteria.get(1).id(), CriterionResult.PARTLY_MET,
                        "Drie ouderen doen mee; vervoer is voor de anderen een drempel.")),
                "Een goed eerste jaar; vervoer voor ouderen is het volgende doel.", decision);
    }

    private void closeWorkingPhase(Setup setup) {
        fixture.complete(setup, setup.coordinator(), Activities.CLOSE_WORKING_PHASE, new WorkingPhaseCloseOutcome());
    }

    private RegisterSuccess quickWin(Setup setup) {
        return new RegisterSuccess(setup.id(), SuccessKind.QUICK_WIN, "Tien bankjes geplaatst",
                "Langs de wandelroute staan nu tien nieuwe bankjes.", LocalDate.now(clock), null, Set.of());
    }

}
