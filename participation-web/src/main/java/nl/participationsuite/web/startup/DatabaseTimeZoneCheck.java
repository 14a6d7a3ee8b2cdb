package nl.participationsuite.web.startup;

import java.time.DateTimeException;
import java.time.ZoneId;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start, the database sessions run in the product's time zone ({@link TimeZoneSettings}): the
 * PostgreSQL driver asks for the JVM's zone when it opens a session, but a connection pooler in
 * between may drop that request (PgBouncer's {@code ignore_startup_parameters}), and the session
 * then runs in the server's zone. A session in another zone (its {@code now()::date}, {@code
 * date_trunc} in reports) stops the start with one line ({@link TimeZoneFailureAnalyzer}).
 */
@Component
class DatabaseTimeZoneCheck implements InitializingBean {

    private final JdbcTemplate jdbc;

    private final ZoneId zone;

    DatabaseTimeZoneCheck(DataSource dataSource,
            @Value("${" + TimeZoneSettings.PROPERTY + ":" + TimeZoneSettings.DEFAULT_ZONE + "}") String zone) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.zone = TimeZoneSettings.zone(zone);
    }

    @Override
    public void afterPropertiesSet() {
        String session = jdbc.queryForObject("select current_setting('TimeZone')", String.class);
        if (!sameRules(session)) {
            throw new TimeZoneSettings.TimeZoneException("The database sessions run in time zone " + session
                    + ", not in " + zone + " (PARTICIPATION_TIME_ZONE); let the driver's TimeZone parameter through a pooler,"
                    + " or set the database's timezone to " + zone);
        }
    }

    /** The session's zone keeps the same time as ours (an alias such as Etc/UTC for UTC is the same). */
    private boolean sameRules(String session) {
        try {
            return ZoneId.of(session).getRules().equals(zone.getRules());
        }
        catch (DateTimeException ex) {
            return false;
        }
    }
}
