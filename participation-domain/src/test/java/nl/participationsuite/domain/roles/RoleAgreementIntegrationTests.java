package nl.participationsuite.domain.roles;

import static nl.participationsuite.testsupport.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Set;

import nl.participationsuite.domain.motivation.MotivationService;
import nl.participationsuite.domain.motivation.ProfileSource;
import nl.participationsuite.domain.motivation.RecordMotivation;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.FeatureIntegrationTest;
import nl.participationsuite.testsupport.TrajectoryFixture;

@FeatureIntegrationTest
class RoleAgreementIntegrationTests {

    @Autowired
    RoleAgreementService roleAgreementService;

    @Autowired
    TrajectoryFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MotivationService motivations;

    @Autowired
    TrajectoryService trajectories;

    TrajectoryFixture.Setup setup;

    @BeforeEach
    void startTrajectory() {
        setup = fixture.trajectoryWith(2, 2);
    }

    @Test
    void theParticipantAcceptsTheRoleProposedToThem() {
        RoleAgreement proposal = roleAgreementService.propose(setup.id(), setup.resident(0), buddy(8));

        roleAgreementService.accept(proposal.id(), setup.resident(0));

        RoleAgreement accepted = roleAgreementService.current(setup.id(), setup.resident(0)).orElseThrow();
        assertThat(accepted.status()).isEqualTo(AgreementStatus.ACCEPTED);
        assertThat(accepted.answeredAt()).isNotNull();
        assertThat(accepted.revision()).isEqualTo(1);
        assertThat(accepted.role()).isEqualTo(Role.BUDDY);
        assertThat(accepted.hoursPerMonth()).isEqualTo(8);
        assertThat(accepted.supportAgreed()).isEqualTo("Reiskosten en een training");
        assertThat(jdbc.queryForMap("select status, created_by, modified_by from role_agreement where id = ?",
                proposal.id().value()))
                .containsEntry("status", "ACCEPTED").containsEntry("created_by", "system").containsEntry("modified_by", "system");
    }

    @Test
    void onlyTheParticipantTheAgreementIsForCanAnswerIt() {
        RoleAgreement proposal = roleAgreementService.propose(setup.id(), setup.resident(0), buddy(8));

        assertRefused(() -> roleAgreementService.accept(proposal.id(), setup.resident(1)), "participantId",
                "roles.not-your-agreement");
        assertRefused(() -> roleAgreementService.requestRenegotiation(proposal.id(), setup.professional(0), "Minder uren"),
                "participantId", "roles.not-your-agreement");

        assertThat(statusOf(proposal.id())).isEqualTo("PROPOSED");
    }

    @Test
    void aRenegotiationSaysWhyAndLeadsToANewProposal() {
        RoleAgreement proposal = roleAgreementService.propose(setup.id(), setup.resident(0), buddy(20));

        assertRefused(() -> roleAgreementService.requestRenegotiation(proposal.id(), setup.resident(0), " "),
                "comment", "required");
        assertThat(statusOf(proposal.id())).isEqualTo("PROPOSED");
        roleAgreementService.requestRenegotiation(proposal.id(), setup.resident(0), "Twintig uur is te veel naast mijn werk");
        RoleAgreement revised = roleAgreementService.revise(proposal.id(), buddy(6));

        assertThat(revised.status()).isEqualTo(AgreementStatus.PROPOSED);
        assertThat(revised.revision()).isEqualTo(2);
        RoleAgreement renegotiated = roleAgreementService.get(proposal.id());
        assertThat(renegotiated.status()).isEqualTo(AgreementStatus.RENEGOTIATION_REQUESTED);
        assertThat(renegotiated.renegotiationComment()).isEqualTo("Twintig uur is te veel naast mijn werk");
        assertThat(renegotiated.isCurrent()).isFalse();
        assertThat(roleAgreementService.current(setup.id(), setup.resident(0)).orElseThrow().id()).isEqualTo(revised.id());
        assertThat(roleAgreementService.history(setup.id(), setup.resident(0))).extracting(RoleAgreement::hoursPerMonth)
                .containsExactly(20, 6);
    }

    @Test
    void anAcceptedAgreementIsOnlyEverReplacedByANewProposal() {
        RoleAgreement proposal = roleAgreementService.propose(setup.id(), setup.resident(0), buddy(8));
        roleAgreementService.accept(proposal.id(), setup.resident(0));

        assertRefused(() -> roleAgreementService.accept(proposal.id(), setup.resident(0)), "agreement", "roles.already-answered");
        assertRefused(() -> roleAgreementService.requestRenegotiation(proposal.id(), setup.resident(0), "Toch anders"),
                "agreement", "roles.already-answered");
        RoleAgreement replacement = roleAgreementService.revise(proposal.id(),
                new RoleTerms(Role.DECISION_MAKER, "Zit in de stuurgroep", 12, null));

        RoleAgreement replaced = roleAgreementService.get(proposal.id());
        assertThat(replaced.status()).isEqualTo(AgreementStatus.ACCEPTED);
        assertThat(replaced.role()).isEqualTo(Role.BUDDY);
        assertThat(replaced.replacedAt()).isNotNull();
        assertRefused(() -> roleAgreementService.revise(proposal.id(), buddy(4)), "agreement", "roles.replaced");
        assertRefused(() -> roleAgreementService.accept(proposal.id(), setup.resident(0)), "agreement", "roles.replaced");
        assertThat(replacement.status()).isEqualTo(AgreementStatus.PROPOSED);
        assertThat(rowsOf(setup.resident(0))).isEqualTo(2);
    }

    @Test
    void refusesTermsOutsideTheParticipantsBoundariesAndStoresNothing() {
        assertRefused(() -> roleAgreementService.propose(setup.id(), setup.resident(0), buddy(161)),
                "hoursPerMonth", "roles.hours-out-of-range");
        assertRefused(() -> roleAgreementService.propose(setup.id(), setup.resident(0), buddy(-1)),
                "hoursPerMonth", "roles.hours-out-of-range");
        assertRefused(() -> roleAgreementService.propose(setup.id(), setup.resident(0), buddy(null)),
                "hoursPerMonth", "required");
        assertRefused(() -> roleAgreementService.propose(setup.id(), setup.resident(0),
                new RoleTerms(null, "Meedenken", 4, null)), "role", "required");
        assertRefused(() -> roleAgreementService.propose(setup.id(), setup.resident(0),
                new RoleTerms(Role.IDEA_SHARER, "", 4, null)), "responsibilities", "required");
        assertRefused(() -> roleAgreementService.propose(setup.id(), ParticipantId.random(), buddy(4)),
                "participantId", "participant.unknown");

        assertThat(jdbc.queryForObject("select count(*) from role_agreement where trajectory_id = ?", Integer.class,
                setup.id().value())).isZero();
    }

    @Test
    void theFullRangeOfHoursIsAllowed() {
        roleAgreementService.propose(setup.id(), setup.resident(0), buddy(0));
        roleAgreementService.propose(setup.id(), setup.resident(1), buddy(160));

        assertThat(roleAgreementService.currentAgreements(setup.id())).extracting(RoleAgreement::hoursPerMonth)
                .containsExactlyInAnyOrder(0, 160);
    }

    @Test
    void aParticipantWithAnAgreementGetsARevisionNotASecondFirstProposal() {
        RoleAgreement proposal = roleAgreementService.propose(setup.id(), setup.resident(0), buddy(8));

        assertRefused(() -> roleAgreementService.propose(setup.id(), setup.resident(0), buddy(4)),
                "participantId", "roles.agreement-exists");

        assertThat(rowsOf(setup.resident(0))).isOne();
        assertThat(roleAgreementService.current(setup.id(), setup.resident(0)).orElseThrow().id()).isEqualTo(proposal.id());
    }

    @Test
    void listsTheCurrentAgreementsAndTheWholeHistoryOfATrajectory() {
        RoleAgreement buddy = roleAgreementService.propose(setup.id(), setup.resident(0), buddy(8));
        roleAgreementService.propose(setup.id(), setup.professional(1),
                new RoleTerms(Role.PROFESSIONAL_SUPPORT, "Ondersteunt de bewonersgroep", 16, null));
        roleAgreementService.revise(buddy.id(), buddy(10));

        assertThat(roleAgreementService.currentAgreements(setup.id())).extracting(RoleAgreement::participantId)
                .containsExactlyInAnyOrder(setup.resident(0), setup.professional(1));
        assertThat(roleAgreementService.agreements(setup.id())).hasSize(3);
        assertThat(roleAgreementService.current(setup.id(), setup.resident(1))).isEmpty();
    }

    @Test
    void proposalsAndRevisionsStayWithinTheHoursTheResidentToldInTheirBoundaries() {
        tellsHours(setup.resident(0), 4);

        assertRefused(() -> roleAgreementService.propose(setup.id(), setup.resident(0), buddy(6)),
                "hoursPerMonth", ResidentBoundary.HOURS_BEYOND_BOUNDARY);
        assertThat(rowsOf(setup.resident(0))).isZero();
        RoleAgreement proposal = roleAgreementService.propose(setup.id(), setup.resident(0), buddy(4));
        assertRefused(() -> roleAgreementService.revise(proposal.id(), buddy(5)),
                "hoursPerMonth", ResidentBoundary.HOURS_BEYOND_BOUNDARY);

        tellsHours(setup.resident(0), 8);
        assertThat(roleAgreementService.revise(proposal.id(), buddy(8)).hoursPerMonth()).isEqualTo(8);
    }

    @Test
    void anUnsettledAgreementIsWithdrawnWhenItsResidentStepsBack() {
        RoleAgreement proposal = roleAgreementService.propose(setup.id(), setup.resident(0), buddy(4));
        RoleAgreement accepted = roleAgreementService.propose(setup.id(), setup.resident(1), buddy(4));
        roleAgreementService.accept(accepted.id(), setup.resident(1));
        trajectories.stepBack(setup.id(), setup.resident(0));
        trajectories.stepBack(setup.id(), setup.resident(1));

        assertThat(roleAgreementService.withdrawUnsettled(setup.id(), setup.resident(0))).isPresent();
        assertThat(roleAgreementService.withdrawUnsettled(setup.id(), setup.resident(1))).isEmpty();

        assertThat(statusOf(proposal.id())).isEqualTo("WITHDRAWN");
        assertThat(statusOf(accepted.id())).isEqualTo("ACCEPTED");
    }

    private void tellsHours(ParticipantId resident, int hours) {
        motivations.record(setup.id(), new RecordMotivation(resident, Set.of(), hours, Set.of(), Set.of(), null,
                ProfileSource.RESIDENT, setup.person(resident)));
    }

    private String statusOf(RoleAgreementId id) {
        return jdbc.queryForObject("select status from role_agreement where id = ?", String.class, id.value());
    }

    private int rowsOf(ParticipantId participant) {
        return jdbc.queryForObject("select count(*) from role_agreement where participant_id = ?", Integer.class,
                participant.value());
    }

    private static RoleTerms buddy(Integer hours) {
        return new RoleTerms(Role.BUDDY, "Loopt mee met nieuwe deelnemers", hours, "Reiskosten en een training");
    }
}
