package nl.participationsuite.web.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;

import nl.participationsuite.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The running application, its engine and its database sessions in the one configured time zone;
 * a database whose sessions run in another zone is refused at start.
 */
@WebIntegrationTest
class TimeZoneIntegrationTests {

    @Value("${participation.time-zone}")
    String configured;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @Test
    void theJvmAndTheDatabaseSessionsRunInTheConfiguredZone() {
        assertThat(ZoneId.systemDefault()).isEqualTo(ZoneId.of(configured));
        assertThat(ZoneId.of(jdbc.queryForObject("select current_setting('TimeZone')", String.class)))
                .isEqualTo(ZoneId.of(configured));
    }

    @Test
    void databaseSessionsInAnotherZoneAreRefusedInOneLine() {
        // As behind a connection pooler that drops the driver's TimeZone start-up parameter.
        SingleConnectionDataSource tokyoSessions = new SingleConnectionDataSource(
                environment.getProperty("spring.datasource.url"), environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"), true);
        new JdbcTemplate(tokyoSessions).execute("set time zone 'Asia/Tokyo'");

        assertThatThrownBy(() -> new DatabaseTimeZoneCheck(tokyoSessions, configured).afterPropertiesSet())
                .isInstanceOfSatisfying(TimeZoneSettings.TimeZoneException.class, refused -> {
                    FailureAnalysis analysis = new TimeZoneFailureAnalyzer().analyze(refused);
                    assertThat(analysis.getDescription()).contains("Asia/Tokyo").contains(configured).doesNotContain("\n");
                });
        tokyoSessions.destroy();
    }
}
