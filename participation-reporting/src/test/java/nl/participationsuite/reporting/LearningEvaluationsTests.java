package nl.participationsuite.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.reporting.learning.ConditionComparison;
import nl.participationsuite.reporting.learning.LearningEvaluation;
import nl.participationsuite.reporting.scorecard.Facts;
import nl.participationsuite.reporting.scorecard.TrajectoryFacts;
import org.junit.jupiter.api.Test;

class LearningEvaluationsTests {

    private static TrajectoryFacts closed(int residentsBeforeVision, int residents, int steppedBack, int criteriaMet,
            int onTime) {
        return Facts.startedDaysAgo(300).phases(Phase.CLOSED, 10, 20, 30, 40, 60, 250, 290)
                .involvement(residentsBeforeVision, 2, residents, steppedBack, residents)
                .with(new TrajectoryFacts.Successes(1, 1, null, criteriaMet, 2))
                .with(new TrajectoryFacts.Input(4, 4, onTime, 0, 0, 0, null, null))
                .build();
    }

    @Test
    void comparesOutcomesOfTrajectoriesThatMetAConditionWithThoseThatDidNot() {
        List<TrajectoryFacts> trajectories = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            trajectories.add(closed(6, 10, 1, 2, 4));
        }
        trajectories.add(closed(2, 4, 2, 0, 2));
        trajectories.add(closed(1, 4, 4, 1, 0));

        LearningEvaluation evaluation = LearningEvaluations.evaluate(Phase.WORKING_TOGETHER, trajectories);
        ConditionComparison early = evaluation.conditions().stream()
                .filter(c -> c.condition() == Condition.INVOLVE_RESIDENTS_EARLY).findFirst().orElseThrow();

        assertThat(evaluation.trajectories()).isEqualTo(7);
        assertThat(early.met().trajectories()).isEqualTo(5);
        assertThat(early.met().tooSmall()).isFalse();
        assertThat(early.met().successMet().percent()).isEqualByComparingTo("100");
        assertThat(early.met().residentRetention().percent()).isEqualByComparingTo("90");
        assertThat(early.met().inputAnsweredOnTime().percent()).isEqualByComparingTo("100");
        assertThat(early.notMet().trajectories()).isEqualTo(2);
        assertThat(early.notMet().tooSmall()).isTrue();
        assertThat(early.notMet().successMet().percent()).isEqualByComparingTo("50");
        assertThat(early.notMet().successMet().n()).isEqualTo(2);
        assertThat(early.notMet().residentRetention().percent()).isEqualByComparingTo("25");
        assertThat(early.notMet().inputAnsweredOnTime().percent()).isEqualByComparingTo("25");
        assertThat(early.conclusive()).isFalse();
    }

    @Test
    void leavesTrajectoriesThatCannotBeJudgedOnAConditionOutOfBothGroups() {
        LearningEvaluation evaluation = LearningEvaluations.evaluate(Phase.WORKING_TOGETHER,
                List.of(closed(6, 10, 1, 2, 4)));
        ConditionComparison check = evaluation.conditions().stream()
                .filter(c -> c.condition() == Condition.FITTING_PARTICIPATION_ENVIRONMENT).findFirst().orElseThrow();

        assertThat(check.notMeasurable()).isEqualTo(1);
        assertThat(check.met().trajectories()).isZero();
        assertThat(check.met().successMet().percent()).isNull();
        assertThat(check.met().successMet().n()).isZero();
    }
}
