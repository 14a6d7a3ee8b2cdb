package nl.participationsuite.domain.roles;

import static nl.participationsuite.domain.trajectory.UnsavedTrajectories.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.UnsavedTrajectories;

/** The rules of a role agreement, without a database. */
class RoleAgreementTests {

    private final Trajectory trajectory = UnsavedTrajectories.started();

    private final Participant resident = UnsavedTrajectories.resident(trajectory, "Fenna de Boer");

    @Test
    void proposesNoMoreHoursThanTheResidentWantsToGive() {
        RoleAgreement agreement = RoleAgreement.propose(trajectory.id(), resident, terms(4), new ResidentBoundary(4), NOW);

        assertThat(agreement.hoursPerMonth()).isEqualTo(4);
        assertThatThrownBy(() -> RoleAgreement.propose(trajectory.id(), resident, terms(5), new ResidentBoundary(4), NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> {
                    assertThat(ex.code()).isEqualTo(ResidentBoundary.HOURS_BEYOND_BOUNDARY);
                    assertThat(ex.field()).isEqualTo("hoursPerMonth");
                });
    }

    @Test
    void aRevisionStaysWithinTheResidentsBoundaryToo() {
        RoleAgreement agreement = RoleAgreement.propose(trajectory.id(), resident, terms(2), new ResidentBoundary(4), NOW);
        agreement.requestRenegotiation(resident.id(), "Ik wil graag meer doen", NOW);

        assertThatThrownBy(() -> agreement.revise(resident, terms(8), new ResidentBoundary(4), NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo(ResidentBoundary.HOURS_BEYOND_BOUNDARY));
        assertThat(agreement.isCurrent()).as("the refused revision replaces nothing").isTrue();

        RoleAgreement revised = agreement.revise(resident, terms(8), new ResidentBoundary(8), NOW);
        assertThat(revised.hoursPerMonth()).isEqualTo(8);
    }

    @Test
    void professionalsAndResidentsWhoToldNoBoundaryAreNotHeldToOne() {
        Participant professional = UnsavedTrajectories.professional(trajectory, "Sanne Visser");

        assertThat(RoleAgreement.propose(trajectory.id(), professional, terms(40), new ResidentBoundary(4), NOW)
                .hoursPerMonth()).isEqualTo(40);
        assertThat(RoleAgreement.propose(trajectory.id(), resident, terms(10), ResidentBoundary.NONE, NOW)
                .hoursPerMonth()).isEqualTo(10);
    }

    @Test
    void anAgreementNotSettledWhenItsResidentStepsBackIsWithdrawnNotAccepted() {
        RoleAgreement proposed = RoleAgreement.propose(trajectory.id(), resident, terms(2), ResidentBoundary.NONE, NOW);
        trajectory.stepBack(resident.id(), NOW.plusSeconds(60));

        proposed.withdraw(resident, NOW.plusSeconds(60));

        assertThat(proposed.status()).isEqualTo(AgreementStatus.WITHDRAWN);
        assertThat(proposed.withdrawnAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(proposed.answeredAt()).as("nobody answered it").isNull();
        assertThatThrownBy(() -> proposed.accept(resident.id(), NOW.plusSeconds(120)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void anAskedRenegotiationIsWithdrawnToo() {
        RoleAgreement agreement = RoleAgreement.propose(trajectory.id(), resident, terms(2), ResidentBoundary.NONE, NOW);
        agreement.requestRenegotiation(resident.id(), "Liever overdag", NOW);
        trajectory.stepBack(resident.id(), NOW);

        agreement.withdraw(resident, NOW);

        assertThat(agreement.status()).isEqualTo(AgreementStatus.WITHDRAWN);
    }

    @Test
    void onlyAStepBackWithdrawsAnAgreementAndNeverAnAcceptedOne() {
        RoleAgreement agreement = RoleAgreement.propose(trajectory.id(), resident, terms(2), ResidentBoundary.NONE, NOW);
        assertThatThrownBy(() -> agreement.withdraw(resident, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("roles.withdraw-while-taking-part"));

        agreement.accept(resident.id(), NOW);
        trajectory.stepBack(resident.id(), NOW);
        assertThatThrownBy(() -> agreement.withdraw(resident, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("roles.already-settled"));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.ACCEPTED);
    }

    private static RoleTerms terms(int hours) {
        return new RoleTerms(Role.DECISION_MAKER, "Meebeslissen in de stuurgroep", hours, null);
    }
}
