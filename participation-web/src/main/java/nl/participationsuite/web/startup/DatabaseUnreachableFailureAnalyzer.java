package nl.participationsuite.web.startup;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * When the database cannot be reached at start-up, the application stops at once and says so in
 * one line that names the URL, instead of a page of stack trace. SQL state class 08 is "connection
 * exception" in every JDBC driver.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (cause.getSQLState() == null || !cause.getSQLState().startsWith("08")) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url", "(spring.datasource.url not set)");
        return new FailureAnalysis(
                "Cannot reach the database at " + url + ": " + cause.getMessage(),
                "Start PostgreSQL there, or point PARTICIPATION_DB_URL (with PARTICIPATION_DB_USERNAME and "
                        + "PARTICIPATION_DB_PASSWORD) at a reachable database.",
                cause);
    }
}
