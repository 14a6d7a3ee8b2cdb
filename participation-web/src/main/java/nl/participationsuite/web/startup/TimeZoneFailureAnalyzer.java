package nl.participationsuite.web.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A node that cannot run in the product's one time zone stops with one line saying why. */
class TimeZoneFailureAnalyzer extends AbstractFailureAnalyzer<TimeZoneSettings.TimeZoneException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, TimeZoneSettings.TimeZoneException cause) {
        return new FailureAnalysis(cause.getMessage(), "Set PARTICIPATION_TIME_ZONE to the zone every node runs in, "
                + "e.g. Europe/Amsterdam, the same on every node.", cause);
    }
}
