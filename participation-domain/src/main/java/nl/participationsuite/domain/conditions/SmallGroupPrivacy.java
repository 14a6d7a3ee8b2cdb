package nl.participationsuite.domain.conditions;

/**
 * Privacy in small groups: the average score of a group (the residents, or the professionals) in a
 * round of the conditions check is shown only when at least {@value #MINIMUM_ANSWERS} of them
 * answered. With fewer, an average is one or two people's own scores: a single resident's answers
 * would be visible to the professionals they work with. Below the minimum the average, and the gap
 * it would make, are withheld; how many answered is still shown ("too few answers to show").
 *
 * <p>The workspace's trajectory page (through {@link ConditionsService}) and the manager reports
 * (through the reporting queries) both apply this rule; neither repeats the number.
 */
public final class SmallGroupPrivacy {

    /** The fewest answers of one group whose average may be shown. */
    public static final int MINIMUM_ANSWERS = 3;

    private SmallGroupPrivacy() {
    }

    /** Whether an average over this many answers may be shown. */
    public static boolean mayShow(long answers) {
        return answers >= MINIMUM_ANSWERS;
    }

    /** The average when it may be shown, otherwise null. */
    public static <T> T shown(T average, long answers) {
        return mayShow(answers) ? average : null;
    }

    /** Whether someone of the group answered but too few to show their average. */
    public static boolean tooFewToShow(long answers) {
        return answers > 0 && !mayShow(answers);
    }
}
