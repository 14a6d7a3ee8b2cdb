package nl.participationsuite.domain.seats;

import static nl.participationsuite.domain.seats.SeatCompositionRules.RESIDENT_SHARE_TOO_LOW;
import static nl.participationsuite.domain.seats.SeatCompositionRules.SINGLE_BACKGROUND;
import static nl.participationsuite.domain.seats.SeatCompositionRules.TOO_FEW_RESIDENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.participationsuite.domain.seats.SeatCompositionRules.OccupiedSeat;
import nl.participationsuite.domain.trajectory.PersonKind;

class SeatCompositionRulesTests {

    @Test
    void acceptsTwoResidentsWithDifferentBackgroundsBesideTwoProfessionals() {
        SeatCompositionVerdict verdict = SeatCompositionRules.evaluate(List.of(
                resident(Background.SENIOR), resident(Background.INFORMAL_CARER), professional(), professional()));

        assertThat(verdict.ok()).isTrue();
        assertThat(verdict.brokenRules()).isEmpty();
        assertThat(verdict.residentSeats()).isEqualTo(2);
        assertThat(verdict.totalSeats()).isEqualTo(4);
        assertThat(verdict.distinctResidentBackgrounds()).isEqualTo(2);
    }

    @Test
    void refusesSteeringGroupWithOneResident() {
        SeatCompositionVerdict verdict = SeatCompositionRules.evaluate(List.of(
                resident(Background.SENIOR, Background.LOW_INCOME), professional()));

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.brokenRules()).containsExactly(TOO_FEW_RESIDENTS);
    }

    @Test
    void residentsHoldAtLeastOneThirdOfTheSeats() {
        List<OccupiedSeat> seats = new ArrayList<>(List.of(resident(Background.YOUTH), resident(Background.DISABILITY)));
        for (int i = 0; i < 4; i++) {
            seats.add(professional());
        }
        assertThat(SeatCompositionRules.evaluate(seats).brokenRules()).as("2 of 6 seats").isEmpty();

        seats.add(professional());

        assertThat(SeatCompositionRules.evaluate(seats).brokenRules()).as("2 of 7 seats").containsExactly(RESIDENT_SHARE_TOO_LOW);
    }

    @Test
    void residentsWhoTogetherDeclareOneBackgroundAreOneVoice() {
        SeatCompositionVerdict verdict = SeatCompositionRules.evaluate(List.of(
                resident(Background.SENIOR), resident(Background.SENIOR), resident(Background.SENIOR), professional()));

        assertThat(verdict.brokenRules()).containsExactly(SINGLE_BACKGROUND);
        assertThat(verdict.distinctResidentBackgrounds()).isEqualTo(1);
    }

    @Test
    void residentsWithoutDeclaredBackgroundsBreakTheBackgroundRule() {
        assertThat(SeatCompositionRules.evaluate(List.of(resident(), resident())).brokenRules())
                .containsExactly(SINGLE_BACKGROUND);
    }

    @Test
    void onlyTheBackgroundsOfResidentHoldersCount() {
        OccupiedSeat professionalWithBackground = new OccupiedSeat(PersonKind.PROFESSIONAL, Set.of(Background.YOUTH));

        assertThat(SeatCompositionRules.evaluate(List.of(resident(Background.SENIOR), resident(Background.SENIOR),
                professionalWithBackground)).brokenRules()).containsExactly(SINGLE_BACKGROUND);
    }

    @Test
    void anEmptyGroupBreaksTheResidentRules() {
        assertThat(SeatCompositionRules.evaluate(List.of()).brokenRules()).containsExactly(TOO_FEW_RESIDENTS, SINGLE_BACKGROUND);
    }

    @Test
    void reportsEveryBrokenRuleOfAGroupOfProfessionals() {
        assertThat(SeatCompositionRules.evaluate(0, 3, 0).brokenRules())
                .containsExactly(TOO_FEW_RESIDENTS, RESIDENT_SHARE_TOO_LOW, SINGLE_BACKGROUND);
    }

    @Test
    void theRuleCodesAreTheMessageCodes() {
        assertThat(List.of(TOO_FEW_RESIDENTS, RESIDENT_SHARE_TOO_LOW, SINGLE_BACKGROUND))
                .containsExactly("seats.too-few-residents", "seats.resident-share-too-low", "seats.single-background");
    }

    @Test
    void aVerdictIsOkExactlyWhenNoRuleIsBroken() {
        assertThatThrownBy(() -> new SeatCompositionVerdict(true, List.of(TOO_FEW_RESIDENTS), 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SeatCompositionVerdict(false, List.of(), 2, 2, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static OccupiedSeat resident(Background... backgrounds) {
        return new OccupiedSeat(PersonKind.RESIDENT, Set.of(backgrounds));
    }

    private static OccupiedSeat professional() {
        return new OccupiedSeat(PersonKind.PROFESSIONAL, Set.of());
    }
}
