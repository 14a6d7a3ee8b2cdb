package nl.participationsuite.reporting.learning;

/**
 * The trajectories on one side of a comparison and their outcomes:
 * <ul>
 * <li>{@code successMet}: share whose latest success report judged at least half of the definition of
 * success as met (over the trajectories that reported);</li>
 * <li>{@code residentRetention}: mean share of residents who stayed (did not step back);</li>
 * <li>{@code inputAnsweredOnTime}: mean share of input answered within its deadline (over trajectories
 * that received input).</li>
 * </ul>
 * {@code tooSmall} is set when fewer than {@link LearningEvaluation#MINIMUM_GROUP} trajectories are in the
 * group: too few to draw a conclusion (the pages say so in plain language).
 */
public record OutcomeGroup(int trajectories, boolean tooSmall, Outcome successMet, Outcome residentRetention,
        Outcome inputAnsweredOnTime) {
}
