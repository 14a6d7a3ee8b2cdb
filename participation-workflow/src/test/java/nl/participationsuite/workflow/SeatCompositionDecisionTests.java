package nl.participationsuite.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import nl.participationsuite.workflow.TrajectoryProcess.Decisions;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The steering group's seat rules: at least two residents, at least a third of the seats, more than
 * one background among them; the first broken rule is the one reported.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = TrajectoryProcess.SEAT_COMPOSITION_DMN_RESOURCE)
class SeatCompositionDecisionTests {

    ProcessEngine processEngine;

    @ParameterizedTest(name = "{0} of {1} seats for residents, {2} backgrounds: ok = {3}, broken rule = {4}")
    @CsvSource(textBlock = """
            # resident seats, total seats, backgrounds, ok,    broken rule
                           0,           0,           0, false, seats.too-few-residents
                           1,           3,           2, false, seats.too-few-residents
                           1,           9,           1, false, seats.too-few-residents
                           2,           6,           2, true,
                           2,           7,           2, false, seats.resident-share-too-low
                           2,           9,           1, false, seats.resident-share-too-low
                           2,           6,           1, false, seats.single-background
                           2,           2,           2, true,
                           3,           9,           2, true,
                           3,          10,           3, false, seats.resident-share-too-low
                           4,           5,           3, true,
            """)
    void checksTheCompositionRulesInOrder(int residentSeats, int totalSeats, int residentBackgrounds,
            boolean compositionOk, String brokenRule) {
        DmnDecisionRuleResult verdict = evaluate(Variables.createVariables()
                .putValue(VariableNames.RESIDENT_SEATS, residentSeats)
                .putValue(VariableNames.TOTAL_SEATS, totalSeats)
                .putValue(VariableNames.RESIDENT_BACKGROUNDS, residentBackgrounds));

        assertThat(verdict).isNotNull();
        // getEntry(name) fails on an output left empty; the entry map simply lacks it.
        assertThat(verdict.getEntryMap().get(VariableNames.COMPOSITION_OK)).isEqualTo(compositionOk);
        assertThat(verdict.getEntryMap().get(VariableNames.BROKEN_RULE)).isEqualTo(brokenRule);
    }

    @Test
    void neverPassesACompositionWhoseFactsAreMissing() {
        DmnDecisionRuleResult verdict = evaluate(Variables.createVariables()
                .putValue(VariableNames.RESIDENT_SEATS, 2)
                .putValue(VariableNames.TOTAL_SEATS, null)
                .putValue(VariableNames.RESIDENT_BACKGROUNDS, 2));

        assertThat(verdict).as("no rule says the composition is ok").isNull();
    }

    private DmnDecisionRuleResult evaluate(VariableMap facts) {
        return decisionService().evaluateDecisionTableByKey(Decisions.SEAT_COMPOSITION, facts).getSingleResult();
    }

    private DecisionService decisionService() {
        return processEngine.getDecisionService();
    }
}
