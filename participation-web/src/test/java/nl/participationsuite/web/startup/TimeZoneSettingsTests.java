package nl.participationsuite.web.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/** The JVM's time zone is set to PARTICIPATION_TIME_ZONE before the application starts; a zone that does not exist stops it. */
class TimeZoneSettingsTests {

    private TimeZone before;

    @BeforeEach
    void remember() {
        before = TimeZone.getDefault();
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(before);
    }

    @Test
    void theJvmRunsInTheConfiguredZoneWhateverItsOwn() {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));

        new TimeZoneSettings().postProcessEnvironment(
                new MockEnvironment().withProperty("participation.time-zone", "Pacific/Auckland"), new SpringApplication());

        assertThat(ZoneId.systemDefault()).isEqualTo(ZoneId.of("Pacific/Auckland"));
        assertThat(TimeZone.getDefault().getID()).isEqualTo("Pacific/Auckland");
    }

    @Test
    void withoutAConfiguredZoneTheJvmRunsInTheProductsDefault() {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));

        new TimeZoneSettings().postProcessEnvironment(new MockEnvironment(), new SpringApplication());

        assertThat(ZoneId.systemDefault()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void aZoneThatDoesNotExistStopsTheStartWithOneClearLine() {
        MockEnvironment environment = new MockEnvironment().withProperty("participation.time-zone", "Mars/Olympus_Mons");

        assertThatThrownBy(() -> new TimeZoneSettings().postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOfSatisfying(TimeZoneSettings.TimeZoneException.class, refused -> {
                    FailureAnalysis analysis = new TimeZoneFailureAnalyzer().analyze(refused);
                    assertThat(analysis.getDescription()).contains("PARTICIPATION_TIME_ZONE 'Mars/Olympus_Mons'")
                            .doesNotContain("\n");
                    assertThat(analysis.getAction()).contains("PARTICIPATION_TIME_ZONE");
                });
        assertThat(TimeZone.getDefault()).isEqualTo(before);
    }
}
