package nl.participationsuite.web.startup;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Every node runs in the one time zone {@code PARTICIPATION_TIME_ZONE} ({@code participation.time-zone}):
 * before anything else starts, the JVM's default zone is set to it, so that the process engine
 * (timers, due dates: it reads the JVM's zone), the product's clock, the logs and the database
 * sessions (the PostgreSQL driver opens each session in the JVM's zone; {@link DatabaseTimeZoneCheck}
 * checks it) agree on every node, whatever zone the machine or the container image is in. A zone
 * that does not exist stops the start with one line ({@link TimeZoneFailureAnalyzer}).
 */
public class TimeZoneSettings implements EnvironmentPostProcessor {

    static final String PROPERTY = "participation.time-zone";

    static final String DEFAULT_ZONE = "Europe/Amsterdam";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        ZoneId zone = zone(environment.getProperty(PROPERTY, DEFAULT_ZONE));
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        if (!ZoneId.systemDefault().equals(zone)) {
            throw new TimeZoneException("The JVM's time zone stays " + ZoneId.systemDefault()
                    + " and could not be set to " + zone + " (PARTICIPATION_TIME_ZONE)");
        }
    }

    /** The configured zone; one that does not exist is refused. */
    static ZoneId zone(String configured) {
        try {
            return ZoneId.of(configured.strip());
        }
        catch (DateTimeException ex) {
            throw new TimeZoneException("PARTICIPATION_TIME_ZONE '" + configured + "' is not a time zone: " + ex.getMessage());
        }
    }

    /** The nodes cannot be run in the one configured time zone. */
    static class TimeZoneException extends RuntimeException {

        TimeZoneException(String message) {
            super(message);
        }
    }
}
