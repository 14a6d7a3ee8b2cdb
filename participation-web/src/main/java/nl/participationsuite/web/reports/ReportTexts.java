package nl.participationsuite.web.reports;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.reporting.scorecard.Measure;
import nl.participationsuite.reporting.scorecard.Verdict;
import org.springframework.context.MessageSource;

/**
 * The texts of one reader's reports: messages from the bundles, numbers with the reader's decimal
 * sign, dates in the product's time zone. Nothing measured shows as a dash.
 */
final class ReportTexts {

    static final String NOTHING = "–";

    private final MessageSource messages;

    private final Locale locale;

    private final ZoneId zone;

    ReportTexts(MessageSource messages, Locale locale, ZoneId zone) {
        this.messages = messages;
        this.locale = locale;
        this.zone = zone;
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** A message that may not exist (a measure the bundles do not name yet): then the fallback. */
    String getOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }

    String number(BigDecimal value) {
        if (value == null) {
            return NOTHING;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    String number(int value) {
        return Integer.toString(value);
    }

    String date(Instant instant) {
        return instant == null ? NOTHING
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(instant.atZone(zone));
    }

    String today(Instant now) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(now.atZone(zone));
    }

    String yesNo(boolean value) {
        return get(value ? "report.yes" : "report.no");
    }

    String phase(Phase phase) {
        return get("trajectory.phase." + phase);
    }

    String kind(TrajectoryKind kind) {
        return get("report.kind." + kind);
    }

    String level(ParticipationLevel level) {
        return get("report.level." + level);
    }

    String condition(Condition condition) {
        return get("report.condition." + condition);
    }

    String verdict(Verdict verdict) {
        return get("report.verdict." + verdict);
    }

    String measureName(Measure measure) {
        return getOr("report.measure." + measure.name(), measure.name());
    }

    /** A measure's value with its unit, e.g. "12,5 dagen", "&lt; 5 inwoners", "–". */
    String measureValue(Measure measure) {
        if (measure.suppressed()) {
            return measure.display();
        }
        return measure.value() == null ? NOTHING : get("report.unit." + measure.unit(), number(measure.value()));
    }

    String measureTarget(Measure measure) {
        return measure.target() == null ? NOTHING : get("report.unit." + measure.unit(), number(measure.target()));
    }
}
