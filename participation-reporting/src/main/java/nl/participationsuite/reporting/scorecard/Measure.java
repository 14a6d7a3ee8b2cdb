package nl.participationsuite.reporting.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;

import nl.participationsuite.reporting.ResidentCount;

/**
 * One named figure behind a verdict, e.g. {@code early.distinctChannels} = 3 {@link Unit#COUNT} against
 * a {@code target} of 2. Names are stable keys (the pages show them as message
 * {@code report.measure.<name>}). A value is null when there is nothing to measure yet (no input, no
 * check) or when it is a resident count of 1–4 in a portfolio view ({@link #suppressed()}: shown as
 * "&lt; 5").
 *
 * @param name stable key, {@code <area>.<figure>}
 * @param unit what the value counts or measures
 * @param value the figure (null: not measurable yet, or suppressed)
 * @param target the threshold the verdict compares it with, if any (e.g. the trajectory's minimum)
 * @param suppressed a resident count hidden by the small-cell rule
 */
public record Measure(String name, Unit unit, BigDecimal value, BigDecimal target, boolean suppressed) {

    public Measure {
        if (suppressed && value != null) {
            throw new IllegalArgumentException("a suppressed measure has no value");
        }
    }

    public static Measure of(String name, Unit unit, Number value) {
        return new Measure(name, unit, decimal(value, unit), null, false);
    }

    public static Measure of(String name, Unit unit, Number value, Number target) {
        return new Measure(name, unit, decimal(value, unit), decimal(target, unit), false);
    }

    /** A resident count as a portfolio shows it (1–4 suppressed) or exact. */
    public static Measure residents(String name, ResidentCount count) {
        return new Measure(name, Unit.RESIDENTS, count.suppressed() ? null : BigDecimal.valueOf(count.value()), null,
                count.suppressed());
    }

    /** The value as text: the number, "&lt; 5" when suppressed, "–" when not measurable. */
    public String display() {
        if (suppressed) {
            return ResidentCount.SUPPRESSED_TEXT;
        }
        return value == null ? "–" : value.toPlainString();
    }

    private static BigDecimal decimal(Number value, Unit unit) {
        if (value == null) {
            return null;
        }
        BigDecimal decimal = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        int scale = switch (unit) {
            case COUNT, RESIDENTS, TRAJECTORIES -> 0;
            case DAYS, PERCENT -> 1;
            case EUROS, SCORE -> 2;
        };
        return decimal.setScale(scale, RoundingMode.HALF_UP);
    }
}
