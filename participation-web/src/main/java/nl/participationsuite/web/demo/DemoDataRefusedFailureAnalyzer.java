package nl.participationsuite.web.demo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says in two sentences, instead of a page of stack trace, why the application refused to start
 * with demo data under a production profile, and what to change.
 */
class DemoDataRefusedFailureAnalyzer extends AbstractFailureAnalyzer<DemoDataRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DemoDataRefusedException cause) {
        return new FailureAnalysis(
                cause.getMessage() + ": its people are linked to the development realm's demo accounts, whose passwords"
                        + " are their user names.",
                "Set PARTICIPATION_DEMO_DATA (participation.demo-data.enabled) to false or leave it out; or, on a"
                        + " development machine, do not activate the '" + cause.profile() + "' profile.",
                cause);
    }
}
