package nl.participationsuite.workflow.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.Party;
import nl.participationsuite.domain.vision.ReviewVerdict;
import nl.participationsuite.domain.vision.VisionContent.Criterion;
import nl.participationsuite.domain.vision.VisionContent.Expectation;
import nl.participationsuite.domain.vision.VisionReview;
import nl.participationsuite.domain.vision.VisionService;
import nl.participationsuite.domain.vision.VisionStatus;
import nl.participationsuite.domain.vision.VisionVersion;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.Phases;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.WorkflowFixture;
import nl.participationsuite.workflow.WorkflowFixture.Member;
import nl.participationsuite.workflow.WorkflowFixture.Setup;
import nl.participationsuite.workflow.WorkflowIntegrationTest;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The shared-vision phase on the real PostgreSQL: draft, every participant's review, revision rounds and adoption. */
@WorkflowIntegrationTest
class VisionIntegrationTests {

    @Autowired
    TrajectoryWorkflow workflow;

    @Autowired
    WorkflowFixture fixture;

    @Autowired
    VisionService visions;

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetEngineClock() {
        fixture.resetEngineClock();
    }

    @Test
    void adoptsTheVisionWhenEveryParticipantEndorsesItAndMovesOnToTheRoleAgreements() {
        Setup setup = fixture.start(2, 1);
        fixture.jumpTo(setup.id(), Activities.DRAFT_VISION, Map.of());
        assertThat(trajectories.get(setup.id()).phase()).isEqualTo(Phase.SHARED_VISION);

        fixture.completeAsCoordinator(setup, Activities.DRAFT_VISION, draft("Samen werken aan een gezonde wijk"));

        VisionVersion underReview = visions.current(setup.id()).orElseThrow();
        assertThat(underReview.number()).isEqualTo(1);
        assertThat(underReview.status()).isEqualTo(VisionStatus.IN_REVIEW);
        assertThat(underReview.successCriteria()).singleElement()
                .satisfies(criterion -> assertThat(criterion.target()).isEqualTo("30 per kwartaal"));
        for (Member member : setup.everyone()) {
            review(setup, member, ReviewVerdict.ENDORSED, null);
        }

        VisionVersion adopted = visions.adopted(setup.id()).orElseThrow();
        assertThat(adopted.id()).isEqualTo(underReview.id());
        assertThat(adopted.reviews()).hasSize(4).allMatch(VisionReview::isEndorsement)
                .extracting(VisionReview::participantId)
                .containsExactlyInAnyOrderElementsOf(setup.everyone().stream().map(Member::participant).toList());
        assertThat(visions.versions(setup.id())).hasSize(1);
        assertThat(trajectories.get(setup.id()).phase()).isEqualTo(Phase.ROLE_AGREEMENTS);
        fixture.task(setup.coordinator(), setup.id(), Activities.PROPOSE_ROLE_AGREEMENTS);
        assertThat(fixture.passed(setup, Phases.SHARED_VISION)).isEqualTo(1);
        assertThat(fixture.passed(setup, Activities.ADOPT_VISION)).isEqualTo(1);
        assertThat(fixture.passed(setup, Activities.REVISE_VISION)).isZero();
    }

    @Test
    void revisesTheVisionAfterAChangeRequestAndAdoptsTheEndorsedSecondVersion() {
        Setup setup = fixture.start(2, 1);
        fixture.jumpTo(setup.id(), Activities.DRAFT_VISION, Map.of());
        fixture.completeAsCoordinator(setup, Activities.DRAFT_VISION, draft("Samen werken aan een gezonde wijk"));

        review(setup, setup.resident(0), ReviewVerdict.CHANGE_REQUESTED, "Jongeren komen er niet in voor");
        review(setup, setup.coordinator(), ReviewVerdict.ENDORSED, null);
        review(setup, setup.professional(0), ReviewVerdict.ENDORSED, null);
        review(setup, setup.resident(1), ReviewVerdict.ENDORSED, "Mooi");

        VisionVersion first = visions.current(setup.id()).orElseThrow();
        assertThat(first.status()).isEqualTo(VisionStatus.IN_REVIEW);
        assertThat(first.reviewOf(setup.resident(0).participant())).hasValueSatisfying(review ->
                assertThat(review.comment()).isEqualTo("Jongeren komen er niet in voor"));
        assertThat(visions.adopted(setup.id())).isEmpty();
        assertThat(runtimeService.getVariable(fixture.instance(setup.id()).getId(), VariableNames.ALL_ENDORSED))
                .isEqualTo(false);
        assertThat(setup.everyone()).allSatisfy(member ->
                assertThat(fixture.tasks(member, setup.id(), Activities.REVIEW_VISION)).isEmpty());

        fixture.completeAsCoordinator(setup, Activities.REVISE_VISION, new VisionRevisionOutcome(
                "Samen werken aan een gezonde wijk, voor jong en oud", expectations(), criteria()));

        assertThat(visions.versions(setup.id())).extracting(VisionVersion::number, VisionVersion::status)
                .containsExactly(tuple(1, VisionStatus.SUPERSEDED), tuple(2, VisionStatus.IN_REVIEW));
        for (Member member : setup.everyone()) {
            review(setup, member, ReviewVerdict.ENDORSED, null);
        }

        VisionVersion adopted = visions.adopted(setup.id()).orElseThrow();
        assertThat(adopted.number()).isEqualTo(2);
        assertThat(adopted.sharedGoal()).isEqualTo("Samen werken aan een gezonde wijk, voor jong en oud");
        assertThat(adopted.reviews()).hasSize(4).allMatch(VisionReview::isEndorsement);
        assertThat(visions.versions(setup.id()).get(0).status()).isEqualTo(VisionStatus.SUPERSEDED);
        assertThat(trajectories.get(setup.id()).phase()).isEqualTo(Phase.ROLE_AGREEMENTS);
        fixture.task(setup.coordinator(), setup.id(), Activities.PROPOSE_ROLE_AGREEMENTS);
        assertThat(fixture.passed(setup, Activities.REVIEW_VISION)).isEqualTo(8);
    }

    @Test
    void refusesAChangeRequestWithoutACommentAndStoresNothing() {
        Setup setup = fixture.start(1, 0);
        fixture.jumpTo(setup.id(), Activities.DRAFT_VISION, Map.of());
        fixture.completeAsCoordinator(setup, Activities.DRAFT_VISION, draft("Samen werken aan een gezonde wijk"));
        WorkflowTask task = fixture.task(setup.resident(0), setup.id(), Activities.REVIEW_VISION);

        assertThatThrownBy(() -> workflow.complete(task.id(), setup.resident(0).person(),
                new VisionReviewOutcome(ReviewVerdict.CHANGE_REQUESTED, "  ")))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("comment"));

        assertThat(storedReviews(setup)).isZero();
        assertThat(workflow.task(task.id(), setup.resident(0).person()).assignee()).isEqualTo(setup.resident(0).person());
    }

    @Test
    void nobodyButTheReviewerCompletesTheirReviewTask() {
        Setup setup = fixture.start(2, 0);
        fixture.jumpTo(setup.id(), Activities.DRAFT_VISION, Map.of());
        fixture.completeAsCoordinator(setup, Activities.DRAFT_VISION, draft("Samen werken aan een gezonde wijk"));
        WorkflowTask theirs = fixture.task(setup.resident(0), setup.id(), Activities.REVIEW_VISION);
        VisionReviewOutcome endorsement = new VisionReviewOutcome(ReviewVerdict.ENDORSED, null);

        assertThatThrownBy(() -> workflow.complete(theirs.id(), setup.resident(1).person(), endorsement))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> workflow.complete(theirs.id(), setup.coordinator().person(), endorsement))
                .isInstanceOf(NotFoundException.class);

        assertThat(storedReviews(setup)).isZero();
        assertThat(workflow.task(theirs.id(), setup.resident(0).person())).isNotNull();
    }

    @Test
    void refusesADraftWithoutADefinitionOfSuccessAndStoresNothing() {
        Setup setup = fixture.start(1, 0);
        fixture.jumpTo(setup.id(), Activities.DRAFT_VISION, Map.of());
        WorkflowTask task = fixture.task(setup.coordinator(), setup.id(), Activities.DRAFT_VISION);

        assertThatThrownBy(() -> workflow.complete(task.id(), setup.coordinator().person(),
                new VisionDraftOutcome("Samen werken aan een gezonde wijk", expectations(), List.of())))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.field()).isEqualTo("successCriteria"));

        assertThat(visions.versions(setup.id())).isEmpty();
        assertThat(workflow.task(task.id(), setup.coordinator().person())).isNotNull();
    }

    private void review(Setup setup, Member member, ReviewVerdict verdict, String comment) {
        WorkflowTask task = fixture.task(member, setup.id(), Activities.REVIEW_VISION);
        assertThat(task.assignee()).isEqualTo(member.person());
        workflow.complete(task.id(), member.person(), new VisionReviewOutcome(verdict, comment));
    }

    private int storedReviews(Setup setup) {
        return jdbc.queryForObject("select count(*) from vision_review r join vision_version v on v.id = r.vision_version_id"
                + " where v.trajectory_id = ?", Integer.class, setup.id().value());
    }

    private static VisionDraftOutcome draft(String goal) {
        return new VisionDraftOutcome(goal, expectations(), criteria());
    }

    private static List<Expectation> expectations() {
        return List.of(new Expectation(Party.RESIDENTS, null, "Dat er echt naar ons geluisterd wordt"),
                new Expectation(Party.PROFESSIONALS, null, "Dat bewoners mee beslissen over de activiteiten"));
    }

    private static List<Criterion> criteria() {
        return List.of(new Criterion("Bewoners doen mee aan beweegactiviteiten", "Aanwezigheidslijsten", "30 per kwartaal"));
    }
}
