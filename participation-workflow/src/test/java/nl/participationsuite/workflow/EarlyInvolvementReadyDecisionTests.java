package nl.participationsuite.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import nl.participationsuite.workflow.TrajectoryProcess.Decisions;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The early-involvement gate: enough residents, through enough channels, at the caller's minimums. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = TrajectoryProcess.EARLY_INVOLVEMENT_DMN_RESOURCE)
class EarlyInvolvementReadyDecisionTests {

    ProcessEngine processEngine;

    @ParameterizedTest(name = "{0} residents through {1} channels, minimums {2} and {3}: ready = {4}")
    @CsvSource(textBlock = """
            # residents, channels, minimum residents, minimum channels, ready
                      0,        0,                 5,                2, false
                      4,        2,                 5,                2, false
                      4,        5,                 5,                2, false
                      5,        1,                 5,                2, false
                      5,        2,                 5,                2, true
                      6,        3,                 5,                2, true
                     11,        2,                12,                2, false
                      3,        1,                 3,                1, true
                      3,        2,                 3,                3, false
            """)
    void opensTheGateOnlyAtBothMinimums(int involvedResidents, int recruitmentChannels, int minimumResidents,
            int minimumChannels, boolean ready) {
        DmnDecisionTableResult result = evaluate(involvedResidents, recruitmentChannels, minimumResidents, minimumChannels);

        assertThat(result).hasSize(1);
        assertThat((Boolean) result.getSingleEntry()).isEqualTo(ready);
    }

    @Test
    void holdsTheGateWhenTheInvolvementIsUnknown() {
        DmnDecisionTableResult result = decisionService().evaluateDecisionTableByKey(Decisions.EARLY_INVOLVEMENT_READY,
                Variables.createVariables()
                        .putValue(VariableNames.INVOLVED_RESIDENTS, null)
                        .putValue(VariableNames.RECRUITMENT_CHANNELS, null)
                        .putValue(VariableNames.MINIMUM_RESIDENTS, VariableNames.DEFAULT_MINIMUM_RESIDENTS)
                        .putValue(VariableNames.MINIMUM_CHANNELS, VariableNames.DEFAULT_MINIMUM_CHANNELS));

        assertThat(result.getSingleResult()).as("no rule says ready").isNull();
    }

    private DmnDecisionTableResult evaluate(int involvedResidents, int recruitmentChannels, int minimumResidents,
            int minimumChannels) {
        return decisionService().evaluateDecisionTableByKey(Decisions.EARLY_INVOLVEMENT_READY,
                Variables.createVariables()
                        .putValue(VariableNames.INVOLVED_RESIDENTS, involvedResidents)
                        .putValue(VariableNames.RECRUITMENT_CHANNELS, recruitmentChannels)
                        .putValue(VariableNames.MINIMUM_RESIDENTS, minimumResidents)
                        .putValue(VariableNames.MINIMUM_CHANNELS, minimumChannels));
    }

    private DecisionService decisionService() {
        return processEngine.getDecisionService();
    }
}
