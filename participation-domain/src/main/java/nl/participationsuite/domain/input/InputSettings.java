package nl.participationsuite.domain.input;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How input is handled: every input is answered within {@code responseTime} of receiving it
 * ({@code participation.input.response-time}, 14 days unless configured otherwise).
 */
@ConfigurationProperties("participation.input")
public record InputSettings(@DefaultValue("P14D") Duration responseTime) {

    public InputSettings {
        if (responseTime == null || responseTime.isNegative() || responseTime.isZero()) {
            throw new IllegalArgumentException("participation.input.response-time must be positive");
        }
    }
}
