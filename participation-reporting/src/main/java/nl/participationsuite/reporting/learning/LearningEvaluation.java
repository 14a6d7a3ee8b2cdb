package nl.participationsuite.reporting.learning;

import java.util.List;

import nl.participationsuite.domain.trajectory.Phase;

/**
 * The learning evaluation of a portfolio (the handbook's "lerende evaluatie"): over closed trajectories
 * and open ones that reached {@code reachedPhase}, per condition, the outcomes of the trajectories that
 * met it against those that did not.
 *
 * @param reachedPhase open trajectories count from this phase on (closed ones always count)
 * @param trajectories how many trajectories the evaluation covers
 * @param conditions one comparison per condition, in the handbook's order
 */
public record LearningEvaluation(Phase reachedPhase, int trajectories, List<ConditionComparison> conditions) {

    /** Fewer trajectories than this in a group are too few to draw a conclusion. */
    public static final int MINIMUM_GROUP = 5;

    /** The phase open trajectories must have reached unless asked otherwise. */
    public static final Phase DEFAULT_REACHED_PHASE = Phase.WORKING_TOGETHER;

    public LearningEvaluation {
        conditions = List.copyOf(conditions);
    }
}
