package nl.participationsuite.domain.success;

import static nl.participationsuite.testsupport.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.testsupport.FeatureIntegrationTest;
import nl.participationsuite.testsupport.MovableClock;
import nl.participationsuite.domain.vision.Party;
import nl.participationsuite.domain.vision.SuccessCriterionId;
import nl.participationsuite.testsupport.TrajectoryFixture;
import nl.participationsuite.domain.vision.VisionContent;
import nl.participationsuite.domain.vision.VisionService;
import nl.participationsuite.domain.vision.VisionVersion;

@FeatureIntegrationTest
class SuccessIntegrationTests {

    @Autowired
    SuccessService successService;

    @Autowired
    VisionService visionService;

    @Autowired
    InputService inputService;

    @Autowired
    TrajectoryFixture fixture;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    TrajectoryFixture.Setup setup;

    VisionVersion vision;

    SuccessCriterionId moreExercise;

    SuccessCriterionId feelHeard;

    InputId input;

    @BeforeEach
    void startTrajectoryWithAdoptedVisionAndInput() {
        setup = fixture.trajectoryWith(2, 1);
        vision = adoptVision(setup);
        moreExercise = vision.successCriteria().get(0).id();
        feelHeard = vision.successCriteria().get(1).id();
        input = inputService.receive(new ReceiveInput(setup.id(), setup.resident(0), null, InputChannel.MEETING,
                "Bewegen", "Een beweegtuin in het Noorderpark", null)).id();
    }

    @Test
    void registersAQuickWinFromResidentInputAndMakesItVisible() {
        Success success = successService.register(new RegisterSuccess(setup.id(), SuccessKind.QUICK_WIN,
                "Beweegtuin geopend", "Het Noorderpark heeft een beweegtuin", today(), Set.of(input), Set.of(moreExercise)));
        assertThat(success.isVisible()).isFalse();

        successService.makeVisible(success.id(), VisibilityChannel.NEWSLETTER);

        Success stored = successService.get(success.id());
        assertThat(stored.cycle()).isEqualTo(1);
        assertThat(stored.kind()).isEqualTo(SuccessKind.QUICK_WIN);
        assertThat(stored.inputIds()).containsExactly(input);
        assertThat(stored.successCriterionIds()).containsExactly(moreExercise);
        assertThat(stored.visibleHow()).isEqualTo(VisibilityChannel.NEWSLETTER);
        assertThat(stored.visibleAt()).isEqualTo(clock.instant());
        assertThat(jdbc.queryForObject("select count(*) from success_input where success_id = ?", Integer.class,
                success.id().value())).isOne();
        assertThat(jdbc.queryForObject("select count(*) from success_criterion_link where success_id = ?", Integer.class,
                success.id().value())).isOne();
        assertThat(jdbc.queryForMap("select visible_how, modified_by from success where id = ?", success.id().value()))
                .containsEntry("visible_how", "NEWSLETTER").containsEntry("modified_by", "system");
    }

    @Test
    void aSuccessIsMadeVisibleOnce() {
        Success success = successService.register(milestone("Eerste wijkpeiling", today()));
        successService.makeVisible(success.id(), VisibilityChannel.PORTAL);

        assertRefused(() -> successService.makeVisible(success.id(), VisibilityChannel.LOCAL_PAPER), "success",
                "success.already-visible");
        Success other = successService.register(milestone("Tweede wijkpeiling", today()));
        assertRefused(() -> successService.makeVisible(other.id(), null), "channel", "required");

        assertThat(successService.get(success.id()).visibleHow()).isEqualTo(VisibilityChannel.PORTAL);
        assertThat(successService.get(other.id()).isVisible()).isFalse();
    }

    @Test
    void refusesCriteriaAndInputOfAnotherTrajectoryAndStoresNothing() {
        TrajectoryFixture.Setup other = fixture.trajectoryWith(2, 1);
        SuccessCriterionId criterionOfOther = adoptVision(other).successCriteria().get(0).id();
        InputId inputOfOther = inputService.receive(new ReceiveInput(other.id(), other.resident(0), null,
                InputChannel.PORTAL, null, "Meer bankjes", null)).id();

        assertRefused(() -> successService.register(new RegisterSuccess(setup.id(), SuccessKind.MILESTONE, "Peiling",
                null, today(), Set.of(), Set.of(moreExercise, criterionOfOther))),
                "successCriterionIds", "success.criterion-not-in-adopted-vision");
        assertRefused(() -> successService.register(new RegisterSuccess(setup.id(), SuccessKind.MILESTONE, "Peiling",
                null, today(), Set.of(), Set.of(SuccessCriterionId.random()))),
                "successCriterionIds", "success.criterion-not-in-adopted-vision");
        assertRefused(() -> successService.register(new RegisterSuccess(setup.id(), SuccessKind.MILESTONE, "Peiling",
                null, today(), Set.of(input, inputOfOther), Set.of())), "inputIds", "success.input-of-other-trajectory");
        assertRefused(() -> successService.register(new RegisterSuccess(setup.id(), SuccessKind.MILESTONE, "Peiling",
                null, today(), Set.of(InputId.random()), Set.of())), "inputIds", "success.input-of-other-trajectory");

        assertThat(successRows()).isZero();
    }

    @Test
    void criteriaOfAVisionThatIsNotAdoptedAreRefused() {
        TrajectoryFixture.Setup withoutVision = fixture.trajectoryWith(2, 1);
        VisionVersion draft = visionService.draft(withoutVision.id(), visionContent(withoutVision));
        SuccessCriterionId draftCriterion = draft.successCriteria().get(0).id();

        assertRefused(() -> successService.register(new RegisterSuccess(withoutVision.id(), SuccessKind.QUICK_WIN,
                "Eerste bijeenkomst", null, today(), null, Set.of(draftCriterion))),
                "successCriterionIds", "success.criterion-not-in-adopted-vision");
        Success withoutCriteria = successService.register(new RegisterSuccess(withoutVision.id(), SuccessKind.QUICK_WIN,
                "Eerste bijeenkomst", null, today(), null, null));

        assertThat(successService.successes(withoutVision.id())).extracting(Success::id).containsExactly(withoutCriteria.id());
    }

    @Test
    void refusesASuccessNotYetAchievedOrWithoutTitleOrKind() {
        assertRefused(() -> successService.register(milestone("Nieuwe speeltuin", today().plusDays(1))),
                "achievedOn", "success.achieved-in-future");
        assertRefused(() -> successService.register(milestone(" ", today())), "title", "required");
        assertRefused(() -> successService.register(new RegisterSuccess(setup.id(), null, "Speeltuin", null, today(),
                null, null)), "kind", "required");
        assertRefused(() -> successService.register(milestone("Speeltuin", null)), "achievedOn", "required");

        assertThat(successRows()).isZero();
    }

    @Test
    void listsTheSuccessesInTheOrderTheyWereAchieved() {
        successService.register(milestone("Tweede", today().minusDays(2)));
        successService.register(milestone("Eerste", today().minusDays(10)));

        assertThat(successService.successes(setup.id())).extracting(Success::title).containsExactly("Eerste", "Tweede");
    }

    @Test
    void reportsEveryCriterionOfTheAdoptedVisionAndTheDecision() {
        SuccessReport report = successService.report(setup.id(), new ReportSuccess(List.of(
                new ReportSuccess.Assessment(feelHeard, CriterionResult.PARTLY_MET, "Rapportcijfer 7,1"),
                new ReportSuccess.Assessment(moreExercise, CriterionResult.MET, "43% beweegt wekelijks")),
                "Een goed eerste jaar; het gevoel gehoord te worden kan beter.", CycleDecision.NEW_CYCLE));

        SuccessReport stored = successService.reportOf(setup.id(), 1).orElseThrow();
        assertThat(stored.id()).isEqualTo(report.id());
        assertThat(stored.visionVersionId()).isEqualTo(vision.id());
        assertThat(stored.decision()).isEqualTo(CycleDecision.NEW_CYCLE);
        assertThat(stored.reportedAt()).isEqualTo(clock.instant());
        assertThat(stored.assessmentOf(moreExercise).orElseThrow().result()).isEqualTo(CriterionResult.MET);
        assertThat(stored.assessments()).extracting(CriterionAssessment::criterionId).containsExactly(feelHeard, moreExercise);
        assertThat(successService.latestReport(setup.id()).orElseThrow().id()).isEqualTo(report.id());
        assertThat(successService.reports(setup.id())).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from criterion_assessment where success_report_id = ?",
                Integer.class, report.id().value())).isEqualTo(2);
    }

    @Test
    void refusesAReportThatDoesNotAssessTheDefinitionOfSuccessAndStoresNothing() {
        assertRefused(() -> successService.report(setup.id(), report(List.of(
                met(moreExercise)))), "assessments", "success.criterion-not-assessed");
        assertRefused(() -> successService.report(setup.id(), report(List.of(
                met(moreExercise), met(moreExercise), met(feelHeard)))), "assessments[1].criterionId",
                "success.criterion-assessed-twice");
        assertRefused(() -> successService.report(setup.id(), report(List.of(
                met(moreExercise), met(feelHeard), met(SuccessCriterionId.random())))), "assessments[2].criterionId",
                "success.criterion-not-in-adopted-vision");
        assertRefused(() -> successService.report(setup.id(), report(List.of(met(moreExercise),
                new ReportSuccess.Assessment(feelHeard, CriterionResult.NOT_MET, " ")))), "assessments[1].explanation",
                "required");
        assertRefused(() -> successService.report(setup.id(), new ReportSuccess(List.of(met(moreExercise), met(feelHeard)),
                "Samenvatting", null)), "decision", "required");
        assertRefused(() -> successService.report(setup.id(), new ReportSuccess(List.of(met(moreExercise), met(feelHeard)),
                "", CycleDecision.CLOSE)), "summary", "required");

        assertThat(jdbc.queryForObject("select count(*) from success_report where trajectory_id = ?", Integer.class,
                setup.id().value())).isZero();
    }

    @Test
    void aCycleHasOneReport() {
        successService.report(setup.id(), report(List.of(met(moreExercise), met(feelHeard))));

        assertRefused(() -> successService.report(setup.id(), report(List.of(met(moreExercise), met(feelHeard)))),
                "report", "success.report-exists");

        assertThat(successService.reports(setup.id())).hasSize(1);
    }

    @Test
    void aReportNeedsAnAdoptedVision() {
        TrajectoryFixture.Setup withoutVision = fixture.trajectoryWith(2, 1);

        assertRefused(() -> successService.report(withoutVision.id(), report(List.of())), "vision",
                "success.no-adopted-vision");

        assertThat(successService.latestReport(withoutVision.id())).isEmpty();
    }

    private VisionVersion adoptVision(TrajectoryFixture.Setup trajectory) {
        VisionVersion draft = visionService.draft(trajectory.id(), visionContent(trajectory));
        visionService.submitForReview(draft.id());
        for (ParticipantId reviewer : trajectory.everyone()) {
            visionService.endorse(draft.id(), reviewer, null);
        }
        return visionService.adopt(draft.id());
    }

    private static VisionContent visionContent(TrajectoryFixture.Setup trajectory) {
        return new VisionContent("Gezond oud worden in de wijk",
                List.of(new VisionContent.Expectation(Party.RESIDENTS, null, "Gehoord worden")),
                List.of(new VisionContent.Criterion("Meer inwoners bewegen wekelijks", "Wijkpeiling", "40%"),
                        new VisionContent.Criterion("Inwoners voelen zich gehoord", "Enquête", "7,5")));
    }

    private RegisterSuccess milestone(String title, LocalDate achievedOn) {
        return new RegisterSuccess(setup.id(), SuccessKind.MILESTONE, title, null, achievedOn, null, null);
    }

    private static ReportSuccess report(List<ReportSuccess.Assessment> assessments) {
        return new ReportSuccess(assessments, "Een goed jaar", CycleDecision.CLOSE);
    }

    private static ReportSuccess.Assessment met(SuccessCriterionId criterion) {
        return new ReportSuccess.Assessment(criterion, CriterionResult.MET, "Gehaald");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private int successRows() {
        return jdbc.queryForObject("select count(*) from success where trajectory_id = ?", Integer.class, setup.id().value());
    }
}
