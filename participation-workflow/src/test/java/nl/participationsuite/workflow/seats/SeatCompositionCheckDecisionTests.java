package nl.participationsuite.workflow.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.List;

import nl.participationsuite.domain.seats.SeatCompositionRules;
import nl.participationsuite.domain.seats.SeatCompositionVerdict;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.workflow.TrajectoryProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The preview's verdict is the deployed DMN's: every rule it breaks, in the table's order, and the
 * same verdict the domain's {@link SeatCompositionRules} give, for every small composition.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = TrajectoryProcess.SEAT_COMPOSITION_DMN_RESOURCE)
class SeatCompositionCheckDecisionTests {

    ProcessEngine processEngine;

    @Test
    void namesTheTokenResidentAsTheBrokenRule() {
        SeatCompositionVerdict verdict = check().decide(1, 2, 2);

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.brokenRules()).containsExactly(SeatCompositionRules.TOO_FEW_RESIDENTS);
    }

    @Test
    void passesThreeResidentsWithTwoBackgroundsOfFiveSeats() {
        SeatCompositionVerdict verdict = check().decide(3, 5, 2);

        assertThat(verdict.ok()).isTrue();
        assertThat(verdict.brokenRules()).isEmpty();
    }

    @Test
    void namesEveryBrokenRuleNotOnlyTheFirst() {
        assertThat(check().decide(1, 6, 1).brokenRules()).containsExactly(SeatCompositionRules.TOO_FEW_RESIDENTS,
                SeatCompositionRules.RESIDENT_SHARE_TOO_LOW, SeatCompositionRules.SINGLE_BACKGROUND);
    }

    @Test
    void agreesWithTheDomainRulesOnEverySmallComposition() {
        SeatCompositionCheck check = check();
        List<String> disagreements = new ArrayList<>();
        for (int total = 0; total <= 12; total++) {
            for (int residents = 0; residents <= total; residents++) {
                for (int backgrounds = 0; backgrounds <= Math.min(4, residents * 3); backgrounds++) {
                    SeatCompositionVerdict dmn = check.decide(residents, total, backgrounds);
                    SeatCompositionVerdict domain = SeatCompositionRules.evaluate(residents, total, backgrounds);
                    if (!dmn.equals(domain)) {
                        disagreements.add(dmn + " <> " + domain);
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void leavesTheEnginesDeployedTableAsItIs() {
        check().decide(1, 6, 1);

        assertThat(processEngine.getDecisionService()
                .evaluateDecisionTableByKey(TrajectoryProcess.Decisions.SEAT_COMPOSITION,
                        java.util.Map.of("residentSeats", 1, "totalSeats", 6, "residentBackgrounds", 1))
                .getResultList()).as("the deployed table still answers the first broken rule only").hasSize(1);
    }

    private SeatCompositionCheck check() {
        return new SeatCompositionCheck(mock(SteeringGroupService.class), processEngine);
    }
}
