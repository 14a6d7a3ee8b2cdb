package nl.participationsuite.domain.vision;

import static nl.participationsuite.testsupport.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.participationsuite.testsupport.FeatureIntegrationTest;
import nl.participationsuite.testsupport.TrajectoryFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.participationsuite.domain.trajectory.ParticipantId;

@FeatureIntegrationTest
class VisionIntegrationTests {

    @Autowired
    VisionService visionService;

    @Autowired
    TrajectoryFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    TrajectoryFixture.Setup setup;

    @BeforeEach
    void startTrajectory() {
        setup = fixture.trajectoryWith(3, 2);
    }

    @Test
    void adoptsAVersionThatEveryReviewerEndorsed() {
        VisionVersion draft = visionService.draft(setup.id(), content("Iedereen in de wijk kan gezond oud worden"));
        visionService.submitForReview(draft.id());
        for (ParticipantId reviewer : setup.everyone()) {
            visionService.endorse(draft.id(), reviewer, null);
        }

        assertThat(visionService.allEndorsed(draft.id(), setup.everyone())).isTrue();
        visionService.adopt(draft.id());

        VisionVersion adopted = visionService.adopted(setup.id()).orElseThrow();
        assertThat(adopted.id()).isEqualTo(draft.id());
        assertThat(adopted.number()).isEqualTo(1);
        assertThat(adopted.adoptedAt()).isNotNull();
        assertThat(adopted.expectations()).extracting(PartyExpectation::party)
                .containsExactly(Party.RESIDENTS, Party.PARTICIPANT);
        assertThat(adopted.expectations().get(1).participantId()).isEqualTo(setup.resident(0));
        assertThat(adopted.successCriteria()).extracting(SuccessCriterion::target).containsExactly("40", "7,5");
        assertThat(jdbc.queryForObject("select status from vision_version where id = ?", String.class,
                draft.id().value())).isEqualTo("ADOPTED");
        assertThat(jdbc.queryForObject("select count(*) from vision_review where vision_version_id = ? and verdict = 'ENDORSED'",
                Integer.class, draft.id().value())).isEqualTo(5);
        assertThat(jdbc.queryForObject("select created_by from success_criterion where vision_version_id = ? limit 1",
                String.class, draft.id().value())).isEqualTo("system");
    }

    @Test
    void aRevisionAfterAChangeRequestIsTheNextVersionAndSupersedesTheReviewedOne() {
        VisionVersion first = visionService.draft(setup.id(), content("Gezond oud worden"));
        visionService.submitForReview(first.id());
        visionService.endorse(first.id(), setup.professional(0), "Goed zo");
        visionService.requestChange(first.id(), setup.resident(1), "Eenzaamheid ontbreekt in het doel");

        assertRefused(() -> visionService.adopt(first.id()), "vision", "vision.change-requested");
        ReviewSummary summary = visionService.reviewSummary(first.id(), setup.everyone());
        assertThat(summary.endorsedBy()).containsExactly(setup.professional(0));
        assertThat(summary.changeRequestedBy()).containsExactly(setup.resident(1));
        assertThat(summary.pending()).hasSize(3);
        assertThat(summary.allEndorsed()).isFalse();

        VisionVersion second = visionService.revise(first.id(), content("Gezond en niet eenzaam oud worden"));

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(VisionStatus.DRAFT);
        assertThat(visionService.get(first.id()).status()).isEqualTo(VisionStatus.SUPERSEDED);
        assertThat(visionService.get(first.id()).supersededAt()).isNotNull();
        assertThat(visionService.current(setup.id()).orElseThrow().id()).isEqualTo(second.id());
        assertThat(visionService.versions(setup.id())).extracting(VisionVersion::number).containsExactly(1, 2);
        assertThat(second.successCriteria()).extracting(SuccessCriterion::id)
                .doesNotContainAnyElementsOf(first.successCriteria().stream().map(SuccessCriterion::id).toList());
        assertRefused(() -> visionService.endorse(first.id(), setup.resident(0), null), "vision", "vision.superseded");
        assertRefused(() -> visionService.revise(first.id(), content("Nog een keer")), "vision", "vision.superseded");
    }

    @Test
    void refusesAChangeRequestWithoutCommentAndStoresNothing() {
        VisionVersion draft = visionService.draft(setup.id(), content("Gezond oud worden"));
        visionService.submitForReview(draft.id());

        assertRefused(() -> visionService.requestChange(draft.id(), setup.resident(0), "  "), "comment", "required");
        assertRefused(() -> visionService.review(draft.id(), setup.resident(0), null, "x"), "verdict", "required");

        assertThat(reviewsOf(draft)).isZero();
    }

    @Test
    void aParticipantReviewsAVersionOnlyOnce() {
        VisionVersion draft = visionService.draft(setup.id(), content("Gezond oud worden"));
        visionService.submitForReview(draft.id());
        visionService.endorse(draft.id(), setup.resident(0), null);

        assertRefused(() -> visionService.requestChange(draft.id(), setup.resident(0), "Toch niet"),
                "participantId", "vision.already-reviewed");

        assertThat(reviewsOf(draft)).isOne();
        assertThat(visionService.get(draft.id()).reviewOf(setup.resident(0)).orElseThrow().verdict())
                .isEqualTo(ReviewVerdict.ENDORSED);
    }

    @Test
    void refusesReviewsOfADraftAndByStrangers() {
        VisionVersion draft = visionService.draft(setup.id(), content("Gezond oud worden"));

        assertRefused(() -> visionService.endorse(draft.id(), setup.resident(0), null), "vision", "vision.not-in-review");
        visionService.submitForReview(draft.id());
        assertRefused(() -> visionService.endorse(draft.id(), ParticipantId.random(), null),
                "participantId", "participant.unknown");
        assertRefused(() -> visionService.submitForReview(draft.id()), "vision", "vision.in-review");

        assertThat(reviewsOf(draft)).isZero();
    }

    @Test
    void theAdoptedVersionCannotChangeAnyMore() {
        VisionVersion version = adoptedVision();
        long rowVersion = jdbc.queryForObject("select version from vision_version where id = ?", Long.class,
                version.id().value());

        assertRefused(() -> visionService.requestChange(version.id(), setup.resident(2), "Later bedacht"),
                "vision", "vision.adopted-is-final");
        assertRefused(() -> visionService.revise(version.id(), content("Iets anders")), "vision", "vision.adopted-is-final");
        assertRefused(() -> visionService.submitForReview(version.id()), "vision", "vision.adopted-is-final");
        assertRefused(() -> visionService.adopt(version.id()), "vision", "vision.adopted-is-final");
        assertRefused(() -> visionService.draft(setup.id(), content("Opnieuw")), "vision", "vision.already-adopted");

        assertThat(visionService.versions(setup.id())).hasSize(1);
        assertThat(jdbc.queryForObject("select version from vision_version where id = ?", Long.class,
                version.id().value())).isEqualTo(rowVersion);
    }

    @Test
    void adoptionNeedsReviewsThatAllEndorse() {
        VisionVersion draft = visionService.draft(setup.id(), content("Gezond oud worden"));

        assertRefused(() -> visionService.adopt(draft.id()), "vision", "vision.not-in-review");
        visionService.submitForReview(draft.id());
        assertRefused(() -> visionService.adopt(draft.id()), "vision", "vision.not-reviewed");

        assertThat(visionService.adopted(setup.id())).isEmpty();
        assertThat(visionService.allEndorsed(draft.id(), setup.everyone())).isFalse();
    }

    @Test
    void refusesAVisionWithoutMeasurableSuccessOrWithAStrangersExpectationAndStoresNothing() {
        assertRefused(() -> visionService.draft(setup.id(), new VisionContent("Doel", expectations(), List.of())),
                "successCriteria", "required");
        assertRefused(() -> visionService.draft(setup.id(), new VisionContent("Doel", expectations(),
                List.of(new VisionContent.Criterion("Meer bewegen", " ", "40")))), "successCriteria[0].measuredBy", "required");
        assertRefused(() -> visionService.draft(setup.id(), new VisionContent("Doel",
                List.of(new VisionContent.Expectation(Party.PARTICIPANT, ParticipantId.random(), "Meedenken")),
                criteria())), "expectations[0].participantId", "participant.unknown");
        assertRefused(() -> visionService.draft(setup.id(), new VisionContent("Doel",
                List.of(new VisionContent.Expectation(Party.RESIDENTS, setup.resident(0), "Meedenken")), criteria())),
                "expectations[0].participantId", "vision.participant-for-group");
        assertRefused(() -> visionService.draft(setup.id(), new VisionContent(null, expectations(), criteria())),
                "sharedGoal", "required");

        assertThat(jdbc.queryForObject("select count(*) from vision_version where trajectory_id = ?", Integer.class,
                setup.id().value())).isZero();
    }

    @Test
    void aSecondDraftIsRefusedWhileAVersionIsInProgress() {
        visionService.draft(setup.id(), content("Gezond oud worden"));

        assertRefused(() -> visionService.draft(setup.id(), content("Nog een")), "vision", "vision.in-progress");

        assertThat(visionService.versions(setup.id())).hasSize(1);
    }

    @Test
    void aClosedTrajectoryTakesNoVisionAnyMore() {
        VisionVersion draft = visionService.draft(setup.id(), content("Gezond oud worden"));
        fixture.close(setup.id());

        assertRefused(() -> visionService.submitForReview(draft.id()), "trajectory", "trajectory.closed");
        assertRefused(() -> visionService.revise(draft.id(), content("Anders")), "trajectory", "trajectory.closed");

        assertThat(visionService.get(draft.id()).status()).isEqualTo(VisionStatus.DRAFT);
    }

    private VisionVersion adoptedVision() {
        VisionVersion draft = visionService.draft(setup.id(), content("Gezond oud worden"));
        visionService.submitForReview(draft.id());
        visionService.endorse(draft.id(), setup.resident(0), null);
        visionService.endorse(draft.id(), setup.resident(1), "Mooi");
        return visionService.adopt(draft.id());
    }

    private int reviewsOf(VisionVersion version) {
        return jdbc.queryForObject("select count(*) from vision_review where vision_version_id = ?", Integer.class,
                version.id().value());
    }

    private VisionContent content(String goal) {
        return new VisionContent(goal, expectations(), criteria());
    }

    private List<VisionContent.Expectation> expectations() {
        return List.of(new VisionContent.Expectation(Party.RESIDENTS, null, "Serieus genomen worden"),
                new VisionContent.Expectation(Party.PARTICIPANT, setup.resident(0), "Een avond per maand meedenken"));
    }

    private static List<VisionContent.Criterion> criteria() {
        return List.of(new VisionContent.Criterion("Meer inwoners bewegen wekelijks", "Wijkpeiling", "40"),
                new VisionContent.Criterion("Inwoners voelen zich gehoord", "Enquête, rapportcijfer", "7,5"));
    }
}
