package nl.participationsuite.domain.conditions;

/**
 * How residents and professionals scored one condition in a round: their averages (null when
 * none of them answered, or too few to show: {@link SmallGroupPrivacy}), the gap (residents' average minus professionals'; negative when
 * residents see the condition met less than professionals do; null unless both answered) and how
 * many of each answered.
 */
public record ConditionGap(Condition condition, Double residentAverage, Double professionalAverage, Double gap,
        long residentAnswers, long professionalAnswers) {

    /** Residents answered, but too few to show their average. */
    public boolean residentsTooFewToShow() {
        return SmallGroupPrivacy.tooFewToShow(residentAnswers);
    }

    /** Professionals answered, but too few to show their average. */
    public boolean professionalsTooFewToShow() {
        return SmallGroupPrivacy.tooFewToShow(professionalAnswers);
    }
}
