package nl.participationsuite.reporting;

/**
 * A number of residents, with the small-cell rule applied: in portfolio views and exports a count of
 * 1 to 4 residents is not shown exactly but as "&lt; 5" ({@link #suppressed()}, {@link #value()} null), so
 * that no single resident can be singled out. A trajectory report shows exact counts to a manager of
 * that trajectory's organisation ({@link #exact(int)}). Zero is never suppressed.
 */
public record ResidentCount(Integer value, boolean suppressed) {

    /** Counts below this, and above zero, are suppressed in portfolio views. */
    public static final int SMALL_CELL_LIMIT = 5;

    /** What a suppressed count shows. */
    public static final String SUPPRESSED_TEXT = "< " + SMALL_CELL_LIMIT;

    public ResidentCount {
        if (suppressed == (value != null)) {
            throw new IllegalArgumentException("a count is suppressed exactly when it has no value");
        }
        if (value != null && value < 0) {
            throw new IllegalArgumentException("a count is never negative");
        }
    }

    /** For portfolio views and exports: 1 to 4 becomes "&lt; 5". */
    public static ResidentCount portfolio(int count) {
        return count > 0 && count < SMALL_CELL_LIMIT ? new ResidentCount(null, true) : new ResidentCount(count, false);
    }

    /** For a trajectory report read by a manager of the trajectory's organisation. */
    public static ResidentCount exact(int count) {
        return new ResidentCount(count, false);
    }

    /** The count as text: the number, or "&lt; 5". */
    public String display() {
        return suppressed ? SUPPRESSED_TEXT : value.toString();
    }

    @Override
    public String toString() {
        return display();
    }
}
