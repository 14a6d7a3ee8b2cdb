package nl.participationsuite.domain.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class InputSettingsTests {

    @Test
    void inputIsAnsweredWithinFourteenDaysByDefault() {
        assertThat(bind(Map.of()).responseTime()).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void theResponseTimeIsConfigurable() {
        assertThat(bind(Map.of("participation.input.response-time", "7d")).responseTime()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void refusesAResponseTimeThatIsNone() {
        assertThatThrownBy(() -> new InputSettings(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private static InputSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("participation.input", InputSettings.class);
    }
}
